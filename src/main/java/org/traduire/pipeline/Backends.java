package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.traduire.translate.Backend;
import org.traduire.translate.FallbackBackend;
import org.traduire.translate.dictionary.DictionaryBackend;

/** The backends users can name with {@code -b}; a comma list is a fallback chain. */
public final class Backends {
  private static final Map<String, Supplier<Backend>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("dictionary", DictionaryBackend::create);
  }

  private Backends() {}

  /** The known backend names, in the order {@code --help} lists them. */
  public static List<String> names() {
    return List.copyOf(KNOWN.keySet());
  }

  /**
   * The backend (or fallback chain) that {@code spec} names, e.g. {@code dictionary} or {@code
   * deepl,dictionary}.
   *
   * @throws UnknownBackendException when a name is not known
   */
  public static Backend create(String spec) throws UnknownBackendException {
    List<Backend> chain = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      String name = raw.trim();
      Supplier<Backend> factory = KNOWN.get(name);
      if (factory == null) {
        throw new UnknownBackendException(name, names());
      }
      chain.add(factory.get());
    }
    return FallbackBackend.of(chain);
  }
}
