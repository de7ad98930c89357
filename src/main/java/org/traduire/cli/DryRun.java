package org.traduire.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.traduire.chunk.Chunk;
import org.traduire.document.Section;
import org.traduire.pipeline.Backends;
import org.traduire.pipeline.Plan;
import org.traduire.pipeline.SendEstimate;

/**
 * The {@code --dry-run} report: sections and chunks with their character counts, and what each
 * backend of the chain would be sent and cost.
 */
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

  /**
   * The report with, for each backend of the chain, the requests and characters the run would
   * send and what that would cost at the config's prices.
   */
  static String describe(Plan plan, Backends.Chain chain, Backends.Settings settings, SendEstimate.Memory memory) {
    StringBuilder sb = new StringBuilder(describe(plan, chain.backend().name()));
    List<SendEstimate.Link> links = SendEstimate.of(plan, chain, settings, memory);
    sb.append(links.size() > 1
        ? "  would send (each backend gets only what the ones before it fail on: later figures are the most it could get):\n"
        : "  would send:\n");
    for (SendEstimate.Link l : links) {
      sb.append("    ").append(l.backend()).append(": ").append(line(l)).append('\n');
    }
    return sb.toString();
  }

  private static String line(SendEstimate.Link l) {
    String memory = l.remembered() == 0 ? "" : "; " + plural(l.remembered(), "segment") + " from the translation memory";
    if (l.offline()) {
      return "offline, nothing sent (" + number(l.chars()) + " characters translated on this machine)" + memory;
    }
    StringBuilder sb = new StringBuilder(plural(l.requests(), "request"));
    if (l.setupRequests() > 0) {
      sb.append(" + ").append(l.setupRequests()).append(" to check or create the glossary");
    }
    sb.append(", ").append(number(l.chars())).append(" characters");
    if (l.inputTokens() > 0 || l.outputTokens() > 0) {
      sb.append(", about ").append(number(l.inputTokens())).append(" input and ").append(number(l.outputTokens()))
          .append(" output tokens");
    }
    sb.append(memory);
    if (l.cost() != null) {
      sb.append("; about ").append(money(l.cost())).append(" at ").append(l.price());
    } else if (l.backend().equals("deepl") || l.backend().equals("openai")) {
      sb.append("; no price set for an estimate (see config.example.properties)");
    }
    if (!l.note().isEmpty()) {
      sb.append(" (").append(l.note()).append(')');
    }
    return sb.toString();
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Two decimals, or enough significant digits to show a cost under a cent. */
  private static String money(double cost) {
    if (cost == 0 || cost >= 0.01) {
      return String.format(Locale.ROOT, "%.2f", cost);
    }
    return new BigDecimal(cost).round(new MathContext(2)).stripTrailingZeros().toPlainString();
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
