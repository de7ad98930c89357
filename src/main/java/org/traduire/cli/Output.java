package org.traduire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.traduire.pipeline.AtomicFiles;
import org.traduire.render.OutputFormat;

/** Writes the result to standard output, or to a file through a temporary file and a rename ({@link AtomicFiles}). */
final class Output {
  private Output() {}

  static void write(Context context, Path file, String text) throws UsageException {
    if (file == null || file.toString().equals("-")) {
      context.out().print(text);
      context.out().flush();
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(file + ": cannot write output: no such folder " + dir);
    }
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException(file + ": cannot write output: " + e.getMessage());
    }
  }

  /** One input's output as is; several are separated by a header each, or joined in a JSON array. */
  static String join(List<String> names, List<String> rendered, OutputFormat format) {
    if (rendered.size() == 1) {
      return rendered.get(0);
    }
    StringBuilder sb = new StringBuilder();
    if (format == OutputFormat.JSON) {
      sb.append("[\n");
      for (int i = 0; i < rendered.size(); i++) {
        sb.append(rendered.get(i).stripTrailing()).append(i + 1 < rendered.size() ? ",\n" : "\n");
      }
      return sb.append("]\n").toString();
    }
    for (int i = 0; i < rendered.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append("==> ").append(names.get(i)).append(" <==\n").append(rendered.get(i));
    }
    return sb.toString();
  }
}
