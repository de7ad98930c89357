package org.traduire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code traduire [OPTIONS] [PATH...]}: translate French articles into a bilingual document. */
@Command(
    name = "traduire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Translate a French article into a parallel French/English document.",
      "",
      "Reads files, or standard input when no PATH (or -) is given; detects the language;"
          + " splits the article into sections at its headings; sends them to a translation"
          + " backend (the offline dictionary by default: no key, no network); writes French and"
          + " English side by side, interleaved, English only, or as JSON.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  traduire article.txt                     side by side in the terminal",
      "  cat article.txt | traduire -f target     English only, from a pipe",
      "  traduire -t 'Bonjour le monde' -f target text on the command line",
      "  traduire -f interleaved -o out.txt a.md  each French block, then its English",
      "  traduire -f json article.txt > out.json  every block with its status",
      "  traduire -f target page.html -o page.en.html",
      "      the web page in English, same markup",
      "  traduire -f target novel.txt -o novel.en.txt",
      "      a long text: read, translated and written a window at a time",
      "  traduire articles/ -O en/                every article, tree mirrored in en/",
      "  traduire -f target -O en/ --include '**/*.md' -j 4 --report r.json articles/",
      "      Markdown files only, 4 at once, a JSON report",
      "  traduire -b apertium article.txt         through a local Apertium APY server",
      "  DEEPL_API_KEY=... traduire -b deepl,dictionary a.txt",
      "      DeepL; the dictionary for any chunk DeepL cannot do",
      "  traduire -b openai --set openai.url=http://127.0.0.1:11434 \\",
      "      --set openai.model=llama3.1 a.txt   a local Ollama model",
      "  traduire --glossary terms.tsv -b deepl a.txt",
      "      names and terms as terms.tsv says, whatever the backend",
      "  traduire --dry-run -b deepl article.txt  requests and cost; sends nothing",
      "  traduire detect article.txt              language and confidence",
      "",
      "Exit codes:",
      "  0  done",
      "  1  some segments or files failed; the rest was written",
      "  2  usage error or unreadable input (bad option, missing, empty or binary file)",
      "  3  the input is not French (--force translates it anyway; -O skips the file)",
      "  130  stopped by Ctrl-C; no partial or temporary file is left",
      "",
      "Settings: options, then --set KEY=VALUE, then environment variables",
      "(TRADUIRE_BACKEND, TRADUIRE_FORMAT, ..., DEEPL_API_KEY, OPENAI_API_KEY,",
      "LIBRETRANSLATE_API_KEY), then the config file (--config FILE,",
      "$TRADUIRE_CONFIG, or $XDG_CONFIG_HOME/traduire/config.properties).",
      "Every key: config.example.properties; per backend: traduire backends.",
      "",
      "More vocabulary: dictionary.extra (TRADUIRE_DICTIONARY_EXTRA) lists dictd",
      "dictionaries such as FreeDict's /usr/share/dictd/freedict-fra-eng, used for",
      "words the built-in lexicon lacks, and TSV glossaries (french<TAB>english),",
      "which win over it; separate them with commas or colons."
    })
final class TranslateCommand implements Callable<Integer> {
  private final Context context;

  @Mixin CommonOptions common;

  @Option(
      names = {"-b", "--backend"},
      paramLabel = "NAME",
      completionCandidates = Candidates.BackendNames.class,
      description =
          "Translation backend: dictionary (offline, built in), apertium (Apertium APY),"
              + " libretranslate, deepl, openai (any OpenAI-compatible server). A comma list is a"
              + " fallback chain, e.g. deepl,dictionary. Settings: traduire backends. Default: dictionary.")
  String backend;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = Candidates.OutputFormats.class,
      description =
          "Output: side-by-side (two columns), interleaved (each French block then its English),"
              + " target (English only, in the input's format), json, html (a page, two columns),"
              + " markdown (bilingual Markdown), tmx (TMX 1.4b translation memory), xliff (XLIFF 2.1)."
              + " Default: side-by-side.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-O", "--out-dir"},
      paramLabel = "DIR",
      description =
          "Write one file per input into DIR: the files under a folder PATH at the same place under"
              + " DIR, named NAME.en.EXT (EXT: txt for side-by-side and interleaved, the input's own"
              + " for target, else json, html, md, tmx, xlf). Inputs are never overwritten; an output"
              + " whose content would not change is not rewritten. Needed for folders.")
  Path outDir;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "With -O: translate only the files under a folder whose path (relative to the folder)"
              + " matches GLOB, e.g. '**/*.md' (repeatable); a GLOB without / matches a name at any"
              + " depth. Hidden files and folders are left out unless a GLOB names them.")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "With -O: leave out the files and folders that match GLOB, e.g. 'drafts/**' (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write a JSON report to FILE: the summary, and for each input its output, status,"
              + " segments, characters, backends and error.")
  Path report;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Line width of side-by-side output. Default: the terminal's width, else 100.")
  Integer width;

  @Option(
      names = {"--color", "--colour"},
      paramLabel = "WHEN",
      completionCandidates = Candidates.ColourModes.class,
      description =
          "Colour in side-by-side and interleaved output: auto (only on a terminal, and not when"
              + " NO_COLOR is set), always, never. Default: auto.")
  String colour = "auto";

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Files, and chunks within each, translated at once (HTTP requests in flight are capped at"
              + " N too). Default: the number of processors, between 2 and 4.")
  Integer jobs;

  @Option(
      names = "--mark-unknown",
      negatable = true,
      description =
          "Write words the dictionary could not translate as *word, as Apertium does; names,"
              + " acronyms and model numbers (DeepSeek, NVIDIA, H100) are left as they are."
              + " Default: false.")
  Boolean markUnknown;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "Translation memory of the HTTP backends (SQLite): a segment found there is not sent"
              + " again. Default: $XDG_CACHE_HOME/traduire/memory.sqlite (~/.cache/traduire/...).")
  Path cacheFile;

  @Option(names = "--no-cache", description = "Neither read nor write the translation memory.")
  boolean noCache;

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description =
          "Terms every backend must translate as given: a TSV or CSV file of french<TAB>english lines"
              + " (optional columns: case exact|ignore, part of speech). Repeatable. Default: glossary.file.")
  List<Path> glossary;

  @Option(names = "--force", description = "Translate even when the text does not look French.")
  boolean force;

  @Option(
      names = "--dry-run",
      description = "Print the sections and chunks that would be sent, with their sizes, and the requests,"
          + " characters and estimated cost for each backend; send nothing.")
  boolean dryRun;

  TranslateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return new TranslateRun(this, context).call();
  }
}
