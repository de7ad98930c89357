package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Document document = Parsers.of(format(source.name(), source.text())).parse(source.text());
    return plan(source.name(), source.label(), document, call(document), false);
  }

  /** The format to parse an input as: the one given, else the one its name or text tells. */
  InputFormat format(String name, String text) {
    return inputFormat != null ? inputFormat : Parsers.detect(name, text);
  }

  /** Whether every input is translated whatever its language. */
  boolean forced() {
    return force;
  }

  /** The format given to parse every input as, if one was. */
  Optional<InputFormat> givenFormat() {
    return Optional.ofNullable(inputFormat);
  }

  /** The document's language, and whether the call is clear enough to act on. */
  LanguageCheck.Call call(Document document) {
    return LanguageCheck.call(detector, document);
  }

  /**
   * Plans {@code document}, whose language call is made: a whole input, or a part of a long one
   * translated a part at a time (the call made on its first part).
   *
   * @param part whether the document is a part of a longer input: a lone section in it is then
   *     one of several, detected on its own when long enough
   */
  Plan plan(String name, String label, Document document, LanguageCheck.Call call, boolean part)
      throws NotFrenchException {
    List<Section> sections = document.sections();
    Detection language = call.language();
    boolean clear = call.clear();
    if (!force && clear && language.is("en")) {
      Map<Integer, String> kept = new HashMap<>();
      List<Section> english = new ArrayList<>();
      for (Section s : sections) {
        kept.put(s.index(), "document already in English");
        english.add(s.withLanguage(language));
      }
      return new Plan(name, document, language, english, kept, List.of(), List.of());
    }
    if (!force && clear && !language.isUnknown() && !language.is("fr")) {
      throw new NotFrenchException(label, language);
    }
    List<String> notes = new ArrayList<>();
    if (!force && !language.is("fr")) {
      notes.add(label + ": language unclear (" + language.language() + ", confidence "
          + language.confidence() + "); translating it as French");
    }
    List<Section> detected =
        force
            ? sections.stream().map(s -> s.withLanguage(language)).toList()
            : LanguageCheck.sections(detector, document, language, part);
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
    return new Plan(name, document, language, detected, kept, chunks, notes);
  }
}
