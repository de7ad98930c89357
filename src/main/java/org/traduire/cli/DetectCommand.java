package org.traduire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.traduire.config.Config;
import org.traduire.detect.KnownWordsDetector;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Section;
import org.traduire.input.Decoder;
import org.traduire.input.InputException;
import org.traduire.input.SourceText;
import org.traduire.parse.Parsers;
import org.traduire.pipeline.LanguageCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code traduire detect [PATH...]}: the language of each input (and of each section). */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Print the language of each input: PATH<TAB>LANG<TAB>CONFIDENCE.",
      "",
      "LANG is an ISO 639-1 code (und when it cannot be told). The detector knows French,"
          + " English, German, Spanish, Italian, Portuguese and Dutch. CONFIDENCE, from 0 to 1, is"
          + " the margin over the runner-up language: 0 is a tie; a clear French sentence scores"
          + " about 0.25 against English; above 0.1 is a clear call. A text whose words are plainly"
          + " French by the built-in lexicon is called French without the statistical detector, with"
          + " the share of its words the lexicon knows as CONFIDENCE (detect.lexicon=false turns"
          + " this off; -v tells how many texts it settled).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  traduire detect article.txt            article.txt<TAB>fr<TAB>0.26",
      "  traduire detect --sections a.txt       one line per section:",
      "                                         PATH<TAB>SECTION<TAB>LANG<TAB>CONFIDENCE<TAB>TITLE",
      "  traduire detect --json *.txt           JSON, with the sections"
    })
final class DetectCommand implements Callable<Integer> {
  private final Context context;

  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print JSON: one object per input, with its sections.")
  boolean json;

  @Option(
      names = "--sections",
      description =
          "One line per section: PATH, section number, language, confidence, title. Sections"
              + " with less than 200 characters of text inherit the document's language.")
  boolean sections;

  DetectCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config = common.loadConfig(context);
    common.notes(context, config);
    InputFormat forced = common.inputFormat(config);
    List<String> inputs = common.inputs(context);
    LanguageDetector detector = Detectors.of(config);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode all = mapper.createArrayNode();
    ExitCode exit = ExitCode.OK;
    for (String name : inputs) {
      try {
        SourceText source = Decoder.decode(common.read(name, context));
        InputFormat format = forced != null ? forced : Parsers.detect(name, source.text());
        Document document = Parsers.of(format).parse(source.text());
        Detection language = LanguageCheck.document(detector, document);
        List<Section> detected = LanguageCheck.sections(detector, document, language);
        if (json) {
          all.add(toJson(mapper, name, language, detected));
        } else if (sections) {
          for (Section s : detected) {
            context.out().printf(Locale.ROOT, "%s\t%d\t%s\t%.2f\t%s%n", name, s.index(),
                s.language().language(), s.language().confidence(), s.title());
          }
        } else {
          context.out().printf(Locale.ROOT, "%s\t%s\t%.2f%n", name, language.language(), language.confidence());
        }
      } catch (InputException e) {
        exit = exit.worse(Failures.report(e, context.err(), common.verbose));
      }
    }
    if (json) {
      context.out().println(mapper.writeValueAsString(inputs.size() == 1 && all.size() == 1 ? all.get(0) : all));
    }
    if (common.verbose && detector instanceof KnownWordsDetector known) {
      context.err().println("traduire: " + known.tally());
    }
    return exit.code();
  }

  private static ObjectNode toJson(ObjectMapper mapper, String name, Detection language, List<Section> sections) {
    ObjectNode node = mapper.createObjectNode();
    node.put("path", name);
    node.put("language", language.language());
    node.put("confidence", language.confidence());
    ArrayNode list = node.putArray("sections");
    for (Section s : sections) {
      ObjectNode o = list.addObject();
      o.put("index", s.index());
      o.put("level", s.level());
      o.put("title", s.title());
      o.put("language", s.language().language());
      o.put("confidence", s.language().confidence());
    }
    return node;
  }
}
