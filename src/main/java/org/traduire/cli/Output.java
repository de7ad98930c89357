package org.traduire.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.traduire.pipeline.AtomicFiles;
import org.traduire.render.OutputFormat;

/** Writes the result (UTF-8) to standard output, or to a file through a temporary file and a rename ({@link AtomicFiles}). */
final class Output {
  private Output() {}

  /** Writes {@code utf8}, a rendered output, to {@code file}, or to standard output when it is null or {@code -}. */
  static void write(Context context, Path file, byte[] utf8) throws UsageException {
    if (file == null || file.toString().equals("-")) {
      // Decoded a little at a time: a String of a large output would be a second copy, and a wider one.
      try (Reader text = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
        text.transferTo(context.out());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // an array does not fail to read; the PrintWriter keeps its own errors
      }
      context.out().flush();
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(file + ": cannot write output: no such folder " + dir);
    }
    try {
      AtomicFiles.write(file, utf8);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot write output: " + e.getMessage());
    }
  }

  /** One input's output as is; several are separated by a header each, or joined in a JSON array. */
  static byte[] join(List<String> names, List<byte[]> rendered, OutputFormat format) {
    if (rendered.size() == 1) {
      return rendered.get(0);
    }
    StringBuilder sb = new StringBuilder();
    if (format == OutputFormat.JSON) {
      sb.append("[\n");
      for (int i = 0; i < rendered.size(); i++) {
        sb.append(text(rendered.get(i)).stripTrailing()).append(i + 1 < rendered.size() ? ",\n" : "\n");
      }
      return sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }
    for (int i = 0; i < rendered.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append("==> ").append(names.get(i)).append(" <==\n").append(text(rendered.get(i)));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
