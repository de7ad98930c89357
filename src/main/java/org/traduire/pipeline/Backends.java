package org.traduire.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.traduire.config.Key;
import org.traduire.detect.LanguageDetector;
import org.traduire.translate.Backend;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.FallbackBackend;
import org.traduire.translate.Protector;
import org.traduire.translate.dictionary.DictionaryBackend;
import org.traduire.translate.dictionary.DictionaryOptions;
import org.traduire.translate.glossary.Glossary;
import org.traduire.translate.glossary.ProtectedTerms;
import org.traduire.translate.http.DeeplService;
import org.traduire.translate.http.HttpBackend;
import org.traduire.translate.http.HttpRuntime;
import org.traduire.translate.http.HttpSettings;
import org.traduire.translate.http.Service;

/**
 * The backends users can name with {@code -b}, what each needs, and how each is made; a comma
 * list is a fallback chain. The HTTP backends of one chain share one {@link HttpRuntime} (one
 * client, one throttle), made only when a chain has an HTTP backend.
 */
public final class Backends {
  /** The settings a backend may read: each key's value after precedence (option, environment, file, default). */
  @FunctionalInterface
  public interface Settings {
    /** Every key at its default. */
    Settings DEFAULTS = Key::defaultValue;

    String get(Key key);
  }

  /** One backend users can name: what it is and the config keys that set it up. */
  public record Entry(String name, String description, List<Key> keys) {}

  /** Makes one backend from the settings and what the chain shares. */
  @FunctionalInterface
  private interface Factory {
    Backend create(Settings settings, Shared shared) throws IOException, BackendSetupException;
  }

  /** Makes one HTTP service from the settings and the run's glossary; the shared runtime turns it into a backend. */
  @FunctionalInterface
  interface ServiceFactory {
    Service create(Settings settings, Glossary glossary) throws BackendSetupException;
  }

  /**
   * A backend chain ready to run, with what the run protects: the glossary every link applies and
   * the protector the pipeline uses.
   *
   * @param backend the chain (or single backend), each link checked for English answers
   * @param links the names of the chain's backends, in order
   */
  public record Chain(Backend backend, List<String> links, Glossary glossary, Protector protector) {
    public Chain {
      links = List.copyOf(links);
    }
  }

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
  private static final Map<String, Factory> FACTORIES = new LinkedHashMap<>();
  /** The backends that are services over the network: the ones whose answers the English check judges. */
  private static final java.util.Set<String> SERVICES = new java.util.HashSet<>();

  static {
    add(new Entry("dictionary", "offline, built in: no key, no network (the default)",
            List.of(Key.DICTIONARY_EXTRA, Key.DICTIONARY_MARK_UNKNOWN)),
        (settings, shared) -> DictionaryBackend.create(dictionaryOptions(settings).withGlossary(shared.glossary.terms())));
    HttpServices.register();
  }

  private Backends() {}

  private static void add(Entry entry, Factory factory) {
    ENTRIES.put(entry.name(), entry);
    FACTORIES.put(entry.name(), factory);
  }

  /**
   * Registers an HTTP backend: its service, sent through the chain's shared runtime. A service
   * that cannot take a glossary ({@code termsAsPlaceholders}) gets the terms as placeholders
   * restored to their English.
   */
  static void addHttp(Entry entry, ServiceFactory service, boolean termsAsPlaceholders) {
    SERVICES.add(entry.name());
    add(entry, (settings, shared) -> {
      Backend b = new HttpBackend(service.create(settings, shared.glossary), shared.http());
      return termsAsPlaceholders ? ProtectedTerms.wrap(b, shared.glossary) : b;
    });
  }

  /** The known backend names, in the order {@code --help} lists them. */
  public static List<String> names() {
    return List.copyOf(ENTRIES.keySet());
  }

  /** Every known backend, in order. */
  public static List<Entry> entries() {
    return List.copyOf(ENTRIES.values());
  }

  /**
   * The backend (or fallback chain) that {@code spec} names, e.g. {@code dictionary} or {@code
   * deepl,dictionary}, made with these settings.
   *
   * @throws UnknownBackendException when a name is not known
   * @throws IOException when a file the settings name (an extra dictionary) is missing or malformed;
   *     the message names it
   * @throws BackendSetupException when a setting is missing or wrong (no key, a bad URL); the
   *     message names the setting
   */
  public static Backend create(String spec, Settings settings)
      throws UnknownBackendException, IOException, BackendSetupException {
    return create(spec, settings, Glossary.NONE, null);
  }

  /**
   * The chain {@code spec} names, with the glossary ({@code glossary.file}) and the patterns never
   * to translate ({@code protect.patterns}) from the settings, each link's answers checked for
   * English with {@code detector}.
   *
   * @throws IOException when a glossary or extra dictionary is missing or malformed; the message
   *     names the file and the line
   * @throws BackendSetupException when a setting is wrong (an invalid pattern, a missing key); the
   *     message names the setting
   */
  public static Chain prepare(String spec, Settings settings, LanguageDetector detector)
      throws UnknownBackendException, IOException, BackendSetupException {
    Glossary glossary = Glossary.read(Glossary.paths(settings.get(Key.GLOSSARY_FILE)));
    Protector protector = protector(settings);
    SendEstimate.checkPrices(settings);
    Backend backend = create(spec, settings, glossary, detector);
    List<String> links = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      links.add(raw.trim());
    }
    return new Chain(backend, links, glossary, protector);
  }

  /**
   * Where DeepL glossary ids are remembered: {@code configured} ({@code deepl.glossary_cache}),
   * else {@code $XDG_CACHE_HOME/traduire/deepl-glossaries.json}, else under {@code ~/.cache}.
   */
  public static String deeplGlossaryCache(String configured, java.util.Map<String, String> env) {
    return DeeplService.glossaryCache(configured, env).toString();
  }

  /** The protector with the patterns of {@code protect.patterns}; an invalid one names the key. */
  static Protector protector(Settings settings) throws BackendSetupException {
    try {
      return Protector.withPatterns(Key.PROTECT_PATTERNS.property(), settings.get(Key.PROTECT_PATTERNS));
    } catch (IllegalArgumentException e) {
      throw new BackendSetupException(e.getMessage());
    }
  }

  /**
   * The chain {@code spec} names, every link applying {@code glossary}; with a detector, each
   * HTTP link's translations are checked to be English ({@link EnglishCheck}), so that one left in
   * French falls to the next link. The offline dictionary is not checked: it never hands back a
   * sentence untouched behind the user's back (its unknown words show with --mark-unknown), and
   * the check would cost a sixth of its time on a novel.
   */
  static Backend create(String spec, Settings settings, Glossary glossary, LanguageDetector detector)
      throws UnknownBackendException, IOException, BackendSetupException {
    List<Factory> factories = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      String name = raw.trim();
      Factory factory = FACTORIES.get(name);
      if (factory == null) {
        throw new UnknownBackendException(name, names());
      }
      factories.add(factory);
      names.add(name);
    }
    Shared shared = new Shared(settings, glossary);
    List<Backend> chain = new ArrayList<>(factories.size());
    for (int i = 0; i < factories.size(); i++) {
      Backend link = factories.get(i).create(settings, shared);
      boolean judged = detector != null && SERVICES.contains(names.get(i));
      chain.add(judged ? new EnglishCheck(link, detector) : link);
    }
    return FallbackBackend.of(chain);
  }

  /** What the backends of one chain share: the glossary, and the HTTP runtime, made on first use. */
  private static final class Shared {
    private final Settings settings;
    private final Glossary glossary;
    private HttpRuntime runtime;

    Shared(Settings settings, Glossary glossary) {
      this.settings = settings;
      this.glossary = glossary;
    }

    HttpRuntime http() throws BackendSetupException {
      if (runtime == null) {
        runtime = HttpRuntime.create(httpSettings(settings));
      }
      return runtime;
    }
  }

  /** Timeouts, retries, jobs and rate limits from their keys; a value that does not parse names its key. */
  static HttpSettings httpSettings(Settings settings) throws BackendSetupException {
    String jobs = settings.get(Key.JOBS);
    try {
      return new HttpSettings(
          seconds(settings, Key.HTTP_CONNECT_TIMEOUT),
          seconds(settings, Key.HTTP_READ_TIMEOUT),
          seconds(settings, Key.HTTP_CALL_TIMEOUT),
          whole(settings, Key.HTTP_RETRIES, 0),
          jobs.isBlank() ? HttpSettings.DEFAULTS.jobs() : whole(settings, Key.JOBS, 1),
          rate(settings, Key.RATE_REQUESTS_PER_SECOND),
          (long) rate(settings, Key.RATE_CHARS_PER_MINUTE));
    } catch (IllegalArgumentException e) {
      throw new BackendSetupException(e.getMessage());
    }
  }

  private static Duration seconds(Settings settings, Key key) throws BackendSetupException {
    String v = settings.get(key).strip();
    try {
      double s = Double.parseDouble(v);
      if (s > 0 && s <= 86_400) {
        return Duration.ofMillis(Math.round(s * 1000));
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BackendSetupException(key.property() + " '" + v + "' must be a number of seconds, more than 0");
  }

  private static int whole(Settings settings, Key key, int min) throws BackendSetupException {
    String v = settings.get(key).strip();
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= 1000) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BackendSetupException(key.property() + " '" + v + "' must be a whole number from " + min + " to 1000");
  }

  private static double rate(Settings settings, Key key) throws BackendSetupException {
    String v = settings.get(key).strip();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      double r = Double.parseDouble(v);
      if (r > 0 && !Double.isInfinite(r)) {
        return r;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BackendSetupException(key.property() + " '" + v + "' must be a number more than 0, or empty for no limit");
  }

  /** {@code dictionary.extra} is a list of paths separated by commas or colons. */
  static DictionaryOptions dictionaryOptions(Settings settings) {
    List<Path> extra = new ArrayList<>();
    for (String p : settings.get(Key.DICTIONARY_EXTRA).split("[,:]")) {
      if (!p.isBlank()) {
        extra.add(Path.of(p.strip()));
      }
    }
    boolean mark = settings.get(Key.DICTIONARY_MARK_UNKNOWN).strip().toLowerCase(Locale.ROOT).equals("true");
    return new DictionaryOptions(extra, mark);
  }
}
