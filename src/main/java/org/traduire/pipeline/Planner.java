package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.traduire.chunk.Chunk;
import org.traduire.chunk.Chunker;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Section;
import org.traduire.input.SourceText;
import org.traduire.parse.Parsers;

/**
 * Parses an input, detects its languages and cuts it into chunks: everything up to the first
 * request. A document in English is planned with no chunks (it passes through); a document in
 * another language is refused unless forced. Only a clear call counts (a confidence of at least
 * {@link LanguageDetector#CLEAR_MARGIN}): a text too short or too mixed to tell is translated as
 * French, with a note (see {@link LanguageCheck#call}). A section long enough to judge that is clearly not French is kept as it is.
 */
public final class Planner {
  private final LanguageDetector detector;
  private final InputFormat inputFormat;
  private final boolean force;
  private final int maxChars;
  private final int maxSegments;

  /**
   * @param detector the language detector
   * @param inputFormat the format to parse as, or null to tell it from the name and content
   * @param force translate whatever the detected language
   * @param maxChars the backend's size limit per chunk
   * @param maxSegments the backend's segment limit per chunk
   */
  public Planner(LanguageDetector detector, InputFormat inputFormat, boolean force, int maxChars, int maxSegments) {
    this.detector = detector;
    this.inputFormat = inputFormat;
    this.force = force;
    this.maxChars = maxChars;
    this.maxSegments = maxSegments;
  }

  public Plan plan(SourceText source) throws NotFrenchException {
    InputFormat format =
        inputFormat != null ? inputFormat : Parsers.detect(source.name(), source.text());
    Document document = Parsers.of(format).parse(source.text());
    List<Section> sections = document.sections();
    LanguageCheck.Call call = LanguageCheck.call(detector, document);
    Detection language = call.language();
    boolean clear = call.clear();
    if (!force && clear && language.is("en")) {
      Map<Integer, String> kept = new HashMap<>();
      List<Section> english = new ArrayList<>();
      for (Section s : sections) {
        kept.put(s.index(), "document already in English");
        english.add(s.withLanguage(language));
      }
      return new Plan(source.name(), document, language, english, kept, List.of(), List.of());
    }
    if (!force && clear && !language.isUnknown() && !language.is("fr")) {
      throw new NotFrenchException(source.label(), language);
    }
    List<String> notes = new ArrayList<>();
    if (!force && !language.is("fr")) {
      notes.add(source.label() + ": language unclear (" + language.language() + ", confidence "
          + language.confidence() + "); translating it as French");
    }
    List<Section> detected =
        force
            ? sections.stream().map(s -> s.withLanguage(language)).toList()
            : LanguageCheck.sections(detector, document, language);
    Map<Integer, String> kept = new HashMap<>();
    List<Section> toTranslate = new ArrayList<>();
    for (Section s : detected) {
      Detection own = s.language();
      if (!own.is("fr") && !own.isUnknown() && own.confidence() >= LanguageDetector.CLEAR_MARGIN
          && !own.equals(language)) {
        kept.put(s.index(), "section already in " + Languages.name(own.language()));
      } else {
        toTranslate.add(s);
      }
    }
    List<Chunk> chunks = Chunker.chunk(document, toTranslate, maxChars, maxSegments);
    return new Plan(source.name(), document, language, detected, kept, chunks, notes);
  }
}
