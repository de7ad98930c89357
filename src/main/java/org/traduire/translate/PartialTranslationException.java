package org.traduire.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A backend translated some segments of a batch but not others (a translation that came back
 * still French, a placeholder lost twice): the good translations are kept, with the backend that
 * made each, and every other segment has its reason. A fallback chain sends only the failed
 * segments on to its next link.
 */
public final class PartialTranslationException extends TranslationException {
  private static final long serialVersionUID = 1L;

  private final List<String> translations;
  private final List<String> backends;
  private final List<String> reasons;

  /**
   * @param translations one per segment, null where the segment failed
   * @param backends one per segment: who translated it, or who failed on it
   * @param reasons one per segment, null where it was translated
   */
  public PartialTranslationException(String backend, List<String> translations, List<String> backends, List<String> reasons) {
    super(backend, firstReason(reasons));
    if (translations.size() != reasons.size() || backends.size() != reasons.size()) {
      throw new IllegalArgumentException("sizes differ: " + translations.size() + ", " + backends.size() + ", " + reasons.size());
    }
    for (int i = 0; i < reasons.size(); i++) {
      if ((translations.get(i) == null) == (reasons.get(i) == null)) {
        throw new IllegalArgumentException("segment " + i + " needs a translation or a reason, not both or neither");
      }
    }
    this.translations = Collections.unmodifiableList(new ArrayList<>(translations));
    this.backends = List.copyOf(backends);
    this.reasons = Collections.unmodifiableList(new ArrayList<>(reasons));
  }

  private static String firstReason(List<String> reasons) {
    long failed = reasons.stream().filter(Objects::nonNull).count();
    String first = reasons.stream().filter(Objects::nonNull).findFirst().orElse("no reason");
    return failed == 1 ? first : first + " (and " + (failed - 1) + (failed == 2 ? " more segment)" : " more segments)");
  }

  /** The translation of segment {@code i}, or null when it failed. */
  public String translation(int i) {
    return translations.get(i);
  }

  /** Why segment {@code i} failed, or null when it was translated. */
  public String reason(int i) {
    return reasons.get(i);
  }

  /** The backend that translated segment {@code i}, or failed on it. */
  public String backend(int i) {
    return backends.get(i);
  }

  public int size() {
    return reasons.size();
  }
}
