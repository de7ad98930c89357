package org.traduire.cli;

import java.util.List;
import org.traduire.chunk.Chunk;
import org.traduire.document.Section;
import org.traduire.pipeline.Plan;

/** The {@code --dry-run} report: sections and chunks with their character counts. */
final class DryRun {
  private DryRun() {}

  static String describe(Plan plan, String backend) {
    StringBuilder sb = new StringBuilder();
    sb.append(plan.name())
        .append(": ")
        .append(plan.document().format().label())
        .append(", ")
        .append(plan.language().language())
        .append(" (confidence ")
        .append(plan.language().confidence())
        .append("), ")
        .append(plural(plan.sections().size(), "section"))
        .append(", ")
        .append(plural(plan.chunks().size(), "chunk"))
        .append(", ")
        .append(plan.chars())
        .append(" characters for ")
        .append(backend)
        .append('\n');
    for (Section s : plan.sections()) {
      List<Chunk> chunks = plan.chunks().stream().filter(c -> c.section() == s.index()).toList();
      int chars = chunks.stream().mapToInt(Chunk::chars).sum();
      sb.append(String.format("  section %d, level %d, %s %.2f: %s%n", s.index(), s.level(),
          s.language().language(), s.language().confidence(), quote(s.title())));
      String kept = plan.kept().get(s.index());
      if (kept != null) {
        sb.append("    kept: ").append(kept).append('\n');
        continue;
      }
      if (chunks.isEmpty()) {
        sb.append("    nothing to translate\n");
      }
      for (Chunk c : chunks) {
        sb.append(String.format("    chunk: %s, %d characters%n", plural(c.segments().size(), "segment"), c.chars()));
      }
      if (chunks.size() > 1) {
        sb.append(String.format("    section total: %d characters%n", chars));
      }
    }
    return sb.toString();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String quote(String title) {
    if (title.isEmpty()) {
      return "(before the first heading)";
    }
    String t = title.length() > 60 ? title.substring(0, 59) + "…" : title;
    return "\"" + t + "\"";
  }
}
