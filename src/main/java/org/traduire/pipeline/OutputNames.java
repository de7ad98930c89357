package org.traduire.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.traduire.render.OutputFormat;

/**
 * The name of the file written for an input under {@code -O}: {@code name.en.EXT}, with {@code
 * EXT} set by the output format ({@code txt} for side-by-side and interleaved, the input's own
 * extension for target, else the format's). A {@code .fr} before the extension becomes the
 * {@code .en}: {@code article.fr.md} gives {@code article.en.md}, not {@code article.fr.en.md}.
 */
public final class OutputNames {
  private OutputNames() {}

  /** The output file name for an input file called {@code inputName}. */
  public static String fileName(String inputName, OutputFormat format) {
    int dot = inputName.lastIndexOf('.');
    boolean hasExtension = dot > 0 && dot < inputName.length() - 1;
    String stem = hasExtension ? inputName.substring(0, dot) : inputName;
    String own = hasExtension ? inputName.substring(dot + 1) : "txt";
    if (stem.toLowerCase(Locale.ROOT).endsWith(".fr") && stem.length() > 3) {
      stem = stem.substring(0, stem.length() - 3);
    }
    return stem + ".en." + extension(format, own);
  }

  /** The extension of {@code format}'s files; {@code own} is the input's, which {@code target} keeps. */
  public static String extension(OutputFormat format, String own) {
    return switch (format) {
      case SIDE_BY_SIDE, INTERLEAVED -> "txt";
      case TARGET -> own;
      case JSON -> "json";
      case HTML -> "html";
      case MARKDOWN -> "md";
      case TMX -> "tmx";
      case XLIFF -> "xlf";
    };
  }

  /**
   * Where the output of the input at {@code relative} (a path under an input folder, {@code /}
   * between names) goes: the same folders under {@code outDir}, the file named by {@link #fileName}.
   */
  public static Path under(Path outDir, String relative, OutputFormat format) {
    int slash = relative.lastIndexOf('/');
    String name = fileName(relative.substring(slash + 1), format);
    return slash < 0 ? outDir.resolve(name) : outDir.resolve(relative.substring(0, slash)).resolve(name);
  }

  /**
   * Why {@code output}, a path under {@code outDir}, would be written outside {@code outDir}: a
   * symbolic link among the folders between them that leads out of it (a folder a run made
   * itself is never a link). Empty when it stays inside. The output file itself, if a link, is
   * replaced by the write, not followed; a broken link fails when the write makes its folder.
   */
  public static Optional<String> leaves(Path outDir, Path output) {
    Path realOut;
    try {
      realOut = outDir.toRealPath();
    } catch (IOException e) {
      return Optional.empty(); // not made yet, so nothing under it exists
    }
    Path folder = outDir;
    for (Path name : outDir.relativize(output.getParent())) {
      if (name.toString().isEmpty()) {
        continue;
      }
      folder = folder.resolve(name);
      if (!Files.isSymbolicLink(folder)) {
        continue;
      }
      try {
        if (!folder.toRealPath().startsWith(realOut)) {
          return Optional.of("its output " + output + " would be written through the symbolic link " + folder
              + ", which leads out of " + outDir + "; not written");
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
