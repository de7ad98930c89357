package org.traduire.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.traduire.config.Key;
import org.traduire.translate.Backend;
import org.traduire.translate.FallbackBackend;
import org.traduire.translate.dictionary.DictionaryBackend;
import org.traduire.translate.dictionary.DictionaryOptions;

/** The backends users can name with {@code -b}; a comma list is a fallback chain. */
public final class Backends {
  /** The settings a backend may read: each key's value after precedence (option, environment, file, default). */
  @FunctionalInterface
  public interface Settings {
    /** Every key at its default. */
    Settings DEFAULTS = Key::defaultValue;

    String get(Key key);
  }

  /** Makes one backend from the settings; throws when a file the settings name cannot be used. */
  @FunctionalInterface
  private interface Factory {
    Backend create(Settings settings) throws IOException;
  }

  private static final Map<String, Factory> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("dictionary", settings -> DictionaryBackend.create(dictionaryOptions(settings)));
  }

  private Backends() {}

  /** The known backend names, in the order {@code --help} lists them. */
  public static List<String> names() {
    return List.copyOf(KNOWN.keySet());
  }

  /**
   * The backend (or fallback chain) that {@code spec} names, e.g. {@code dictionary} or {@code
   * deepl,dictionary}, made with these settings.
   *
   * @throws UnknownBackendException when a name is not known
   * @throws IOException when a file the settings name (an extra dictionary) is missing or malformed;
   *     the message names it
   */
  public static Backend create(String spec, Settings settings) throws UnknownBackendException, IOException {
    List<Factory> factories = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      String name = raw.trim();
      Factory factory = KNOWN.get(name);
      if (factory == null) {
        throw new UnknownBackendException(name, names());
      }
      factories.add(factory);
    }
    List<Backend> chain = new ArrayList<>(factories.size());
    for (Factory factory : factories) {
      chain.add(factory.create(settings));
    }
    return FallbackBackend.of(chain);
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
