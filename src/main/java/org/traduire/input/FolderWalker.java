package org.traduire.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the articles under a folder, in a stable order (names sorted, folder by folder): files
 * with a supported extension that the {@code --include}/{@code --exclude} patterns let through.
 * Hidden files and folders (names starting with a dot) are left out unless an include pattern
 * names them. Symbolic links are never followed out of the folder: a link to a file inside it is
 * read; a link to a folder is not followed (so no loop can hang the walk, and no file is read
 * twice); a link that leads outside, nowhere, or round in a loop is reported.
 */
public final class FolderWalker {
  /** The extensions of the files a folder walk takes, in lower case. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

  /** What the walk found at one path. */
  public sealed interface Entry {
    /** The path relative to the folder walked, with {@code /} between names. */
    String relative();
  }

  /** A file to translate: {@code path} is the folder given joined with the relative path. */
  public record Found(Path path, String relative) implements Entry {}

  /** Something left out on purpose, with the reason (a link leading outside, a link to a folder). */
  public record Skipped(String relative, String reason) implements Entry {}

  /** A file that should have been translated but cannot be read (a broken link, a folder that cannot be listed). */
  public record Unreadable(String relative, String reason) implements Entry {}

  private final Path root;
  private final Path realRoot;
  private final Globs include;
  private final Globs exclude;
  private final Set<Path> skip;
  private final List<Entry> entries = new ArrayList<>();

  private FolderWalker(Path root, Path realRoot, Globs include, Globs exclude, Set<Path> skip) {
    this.root = root;
    this.realRoot = realRoot;
    this.include = include;
    this.exclude = exclude;
    this.skip = skip;
  }

  /**
   * Walks {@code root}.
   *
   * @param include patterns a file must match (any file with a supported extension when empty)
   * @param exclude patterns that leave a file or folder out
   * @param skip real paths of folders not to walk (the output folder)
   * @throws InputException when {@code root} itself cannot be read
   */
  public static List<Entry> walk(Path root, Globs include, Globs exclude, Set<Path> skip) throws InputException {
    Path real;
    try {
      real = root.toRealPath();
    } catch (NoSuchFileException e) {
      throw new InputException(root + ": no such folder", e);
    } catch (IOException e) {
      throw new InputException(root + ": cannot read: " + e.getMessage(), e);
    }
    FolderWalker walker = new FolderWalker(root, real, include, exclude, skip);
    try {
      walker.folder(real, "");
    } catch (IOException e) {
      throw new InputException(root + ": cannot list the folder: " + e.getMessage(), e);
    }
    return List.copyOf(walker.entries);
  }

  /** Whether a file name has an extension a folder walk takes. */
  public static boolean supported(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private void folder(Path dir, String prefix) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path child : children) {
      String name = child.getFileName().toString();
      String relative = prefix + name;
      if (Files.isSymbolicLink(child)) {
        link(child, relative);
      } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (enters(child, relative)) {
          try {
            folder(child, relative + "/");
          } catch (IOException e) {
            entries.add(new Unreadable(relative + "/", "cannot list the folder: " + message(e)));
          }
        }
      } else if (takes(relative)) {
        entries.add(Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)
            ? new Found(root.resolve(relative), relative)
            : new Unreadable(relative, "not a regular file"));
      }
    }
  }

  private boolean enters(Path dir, String relative) throws IOException {
    if (skip.contains(dir.toRealPath())) {
      return false;
    }
    if (exclude.matches(relative) || exclude.matches(relative + "/")) {
      return false;
    }
    return !hidden(relative) || include.namesHidden();
  }

  /** A link is read when it leads to a file inside the folder; else it is reported, if it would have mattered. */
  private void link(Path link, String relative) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      if (takes(relative)) {
        entries.add(new Unreadable(relative, (e instanceof NoSuchFileException ? "broken symbolic link" : "symbolic link")
            + " (" + linkText(link) + "): " + (e instanceof NoSuchFileException ? "no such file" : message(e))));
      }
      return;
    }
    boolean folder = Files.isDirectory(target);
    if (folder && (exclude.matches(relative) || (hidden(relative) && !include.namesHidden()) || skip.contains(target))) {
      return;
    }
    if (!folder && !takes(relative)) {
      return;
    }
    if (!target.startsWith(realRoot)) {
      entries.add(new Skipped(relative, "symbolic link to " + target + ", outside " + root + "; not followed"));
    } else if (folder) {
      String what = link.getParent().startsWith(target) ? "symbolic link loop" : "symbolic link to a folder";
      entries.add(new Skipped(relative, what + " (" + linkText(link) + "); not followed"));
    } else if (Files.isRegularFile(target)) {
      entries.add(new Found(root.resolve(relative), relative));
    } else {
      entries.add(new Unreadable(relative, "not a regular file"));
    }
  }

  /** Whether a file at {@code relative} is one to translate, going by its name alone. */
  private boolean takes(String relative) {
    if (!supported(relative.substring(relative.lastIndexOf('/') + 1)) || exclude.matches(relative)) {
      return false;
    }
    if (include.isEmpty()) {
      return !hidden(relative);
    }
    return hidden(relative) ? include.matchesHidden(relative) : include.matches(relative);
  }

  private static boolean hidden(String relative) {
    for (String name : relative.split("/")) {
      if (name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String linkText(Path link) {
    try {
      return "-> " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "unreadable link";
    }
  }

  private static String message(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
