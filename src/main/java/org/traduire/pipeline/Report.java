package org.traduire.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * The {@code --report} file: the run's summary and one object per input, as JSON. Every field is
 * always present:
 *
 * <pre>{@code
 * {
 *   "summary": {"files": 3, "translated": 1, "unchanged": 1, "partial": 0, "planned": 0,
 *               "skipped": 0, "failed": 1, "segments": 42, "characters": {"dictionary": 3521},
 *               "cache_hits": 0, "seconds": 0.84},
 *   "files": [
 *     {"input": "in/a/article.md", "output": "out/a/article.en.md", "status": "translated",
 *      "written": true, "segments": 42, "characters": 3521, "backends": ["dictionary"],
 *      "seconds": 0.61, "error": "", "notes": []}
 *   ]
 * }
 * }</pre>
 *
 * {@code status} is one of {@code translated}, {@code unchanged}, {@code partial} (written, some
 * blocks kept in French: {@code error} says why), {@code planned} ({@code --dry-run}), {@code
 * skipped} and {@code failed}; {@code output} is empty when nothing goes to a file of its own.
 */
public final class Report {
  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(printer());

  private Report() {}

  /** The report as JSON text, ending with a line end. */
  public static String json(Batch.Outcome outcome) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("files", outcome.files().size());
    for (FileStatus s : FileStatus.values()) {
      summary.put(s.label(), outcome.count(s));
    }
    Progress totals = outcome.totals();
    summary.put("segments", outcome.files().stream().mapToLong(FileResult::segments).sum());
    ObjectNode characters = summary.putObject("characters");
    new TreeMap<>(totals.characters()).forEach(characters::put);
    summary.put("cache_hits", totals.cacheHits());
    summary.put("seconds", seconds(totals.elapsed().toMillis()));
    ArrayNode files = root.putArray("files");
    for (FileResult r : outcome.files()) {
      ObjectNode o = files.addObject();
      o.put("input", r.job().name());
      o.put("output", r.job().output().map(Path::toString).orElse(""));
      o.put("status", r.status().label());
      o.put("written", r.written());
      o.put("segments", r.segments());
      o.put("characters", r.totalCharacters());
      ArrayNode backends = o.putArray("backends");
      new TreeMap<>(r.characters()).keySet().forEach(backends::add);
      o.put("seconds", seconds(r.time().toMillis()));
      o.put("error", r.problem());
      ArrayNode notes = o.putArray("notes");
      r.notes().forEach(notes::add);
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Writes the report to {@code file}, atomically. */
  public static void write(Path file, Batch.Outcome outcome) throws IOException {
    AtomicFiles.write(file, json(outcome).getBytes(StandardCharsets.UTF_8));
  }

  /** Two-space indents, {@code "key": value}, {@code []} for an empty list: as {@code -f json} writes. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static double seconds(long millis) {
    return millis / 1000.0;
  }
}
