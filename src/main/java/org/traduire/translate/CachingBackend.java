package org.traduire.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.traduire.cache.MemoryException;
import org.traduire.cache.TranslationMemory;

/**
 * A backend or fallback chain behind the translation memory. For a batch, each segment is looked
 * up first under {@link TranslationMemory#IMPORTED} (a translator's TMX wins over any machine),
 * then under the {@link Backend#memoryKey} of each link of the chain in order; only the misses are
 * sent, in one call and in order, each distinct segment once; each answer is stored under the key
 * of the link that made it. Links with no key (the offline dictionary) are never stored, so a
 * chain {@code deepl,dictionary} asks DeepL again next time for what the dictionary stood in for.
 *
 * <p>A translation from memory is reported under the name of the backend that made it ({@code
 * deepl}), or {@code tmx} for an imported one, so a second run writes the same output as the
 * first. When the memory file fails mid-run (a full disk), the run goes on without it and {@link
 * #summary} says so.
 */
public final class CachingBackend implements Backend {
  private final Backend wrapped;
  private final TranslationMemory memory;
  /** The keys looked up, in order: imported first, then each keyed link's. */
  private final List<String> keys;
  /** Each keyed link's name to its key, and each key back to the name reported for its hits. */
  private final Map<String, String> keyOfName = new HashMap<>();
  private final Map<String, String> nameOfKey = new HashMap<>();
  private final AtomicLong lookedUp = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong charsSent = new AtomicLong();
  private final java.util.concurrent.ConcurrentHashMap<String, Long> sentBy = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicReference<String> problem = new AtomicReference<>();

  /** What the memory saved so far: segments looked up and found, segments and characters sent. */
  public record Counts(long lookedUp, long hits, long sent, long charsSent) {}

  private CachingBackend(Backend wrapped, TranslationMemory memory) {
    this.wrapped = wrapped;
    this.memory = memory;
    List<String> order = new ArrayList<>();
    for (Backend link : links(wrapped)) {
      String key = link.memoryKey();
      if (key != null && !key.isBlank() && !key.equals(TranslationMemory.IMPORTED)) {
        keyOfName.putIfAbsent(link.name(), key);
        nameOfKey.putIfAbsent(key, link.name());
        order.add(key);
      }
    }
    if (!order.isEmpty()) {
      order.add(0, TranslationMemory.IMPORTED);
      nameOfKey.put(TranslationMemory.IMPORTED, TranslationMemory.IMPORTED);
    }
    this.keys = List.copyOf(new LinkedHashSet<>(order));
  }

  /**
   * {@code chain} behind {@code memory}. Open the memory only when {@link #caches} says the chain
   * has a link worth caching, so a dictionary run never loads SQLite.
   */
  public static CachingBackend wrap(Backend chain, TranslationMemory memory) {
    return new CachingBackend(chain, memory);
  }

  /** True when some link of {@code chain} has a memory key (an HTTP backend), false for the dictionary alone. */
  public static boolean caches(Backend chain) {
    return links(chain).stream().map(Backend::memoryKey).anyMatch(k -> k != null && !k.isBlank());
  }

  private static List<Backend> links(Backend chain) {
    return chain instanceof FallbackBackend f ? f.links() : List.of(chain);
  }

  /** Segments looked up, found, and sent (with their characters) so far. */
  public Counts counts() {
    return new Counts(lookedUp.get(), hits.get(), sent.get(), charsSent.get());
  }

  @Override
  public Translated translateNamed(List<String> segments) throws TranslationException {
    if (segments.isEmpty()) {
      return new Translated(name(), List.of());
    }
    if (keys.isEmpty() || problem.get() != null) {
      return send(segments);
    }
    int n = segments.size();
    lookedUp.addAndGet(n);
    List<String> normalised = segments.stream().map(TranslationMemory::normalise).toList();
    Map<String, TranslationMemory.Hit> found;
    try {
      found = memory.lookup(keys, segments);
    } catch (MemoryException e) {
      problem.compareAndSet(null, e.getMessage());
      return send(segments);
    }
    String[] translations = new String[n];
    String[] names = new String[n];
    // Each distinct miss is sent once; a blank one is sent as it is (nothing to key it by).
    Map<String, Integer> slotOf = new LinkedHashMap<>();
    List<String> toSend = new ArrayList<>();
    int[] slot = new int[n];
    for (int i = 0; i < n; i++) {
      TranslationMemory.Hit hit = found.get(normalised.get(i));
      if (hit != null) {
        translations[i] = hit.target();
        names[i] = nameOfKey.getOrDefault(hit.key(), hit.key());
        hits.incrementAndGet();
        continue;
      }
      String key = normalised.get(i);
      Integer at = key.isEmpty() ? null : slotOf.get(key);
      if (at == null) {
        at = toSend.size();
        toSend.add(segments.get(i));
        if (!key.isEmpty()) {
          slotOf.put(key, at);
        }
      }
      slot[i] = at;
    }
    if (!toSend.isEmpty()) {
      Translated answer;
      try {
        answer = send(toSend);
      } catch (PartialTranslationException e) {
        throw partial(e, toSend, slot, translations, names);
      }
      if (answer.translations().size() != toSend.size()) {
        if (toSend.size() == n) {
          return answer; // as if uncached: the caller sees the mismatch and asks segment by segment
        }
        throw new TranslationException(answer.backend(), answer.backend() + " answered " + answer.translations().size()
            + " translations for " + toSend.size() + " segments");
      }
      remember(toSend, answer);
      for (int i = 0; i < n; i++) {
        if (translations[i] == null) {
          translations[i] = answer.translations().get(slot[i]);
          names[i] = answer.backend(slot[i]);
        }
      }
    }
    Set<String> distinct = new LinkedHashSet<>(List.of(names));
    return new Translated(String.join("+", distinct), List.of(translations), List.of(names));
  }

  /**
   * The chain translated only some of the misses: keeps the good ones, and says so for the whole
   * batch, each segment at its own place (the exception's indices are those of the misses sent).
   */
  private PartialTranslationException partial(PartialTranslationException e, List<String> toSend, int[] slot,
      String[] translations, String[] names) {
    List<String> sentOk = new ArrayList<>();
    List<String> okTargets = new ArrayList<>();
    List<String> okNames = new ArrayList<>();
    for (int k = 0; k < toSend.size(); k++) {
      if (e.translation(k) != null) {
        sentOk.add(toSend.get(k));
        okTargets.add(e.translation(k));
        okNames.add(e.backend(k));
      }
    }
    if (!sentOk.isEmpty()) {
      remember(sentOk, new Translated(String.join("+", new LinkedHashSet<>(okNames)), okTargets, okNames));
    }
    List<String> all = new ArrayList<>();
    List<String> by = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < translations.length; i++) {
      if (translations[i] != null) { // found in memory
        all.add(translations[i]);
        by.add(names[i]);
        reasons.add(null);
      } else {
        all.add(e.translation(slot[i]));
        by.add(e.backend(slot[i]));
        reasons.add(e.reason(slot[i]));
      }
    }
    return new PartialTranslationException(e.backend(), all, by, reasons);
  }

  private Translated send(List<String> segments) throws TranslationException {
    sent.addAndGet(segments.size());
    charsSent.addAndGet(segments.stream().mapToLong(String::length).sum());
    Translated answer = wrapped.translateNamed(segments);
    if (answer.translations().size() == segments.size()) {
      for (int i = 0; i < segments.size(); i++) {
        sentBy.merge(answer.backend(i), (long) segments.get(i).length(), Long::sum);
      }
    }
    return answer;
  }

  /**
   * Whether the memory holds {@code backend}'s translation of {@code segment} (as sent,
   * placeholders in), or a translator's imported one: what a dry run would not send. A memory
   * that fails to answer holds nothing.
   */
  public boolean remembers(String backend, String segment) {
    String key = keyOfName.get(backend);
    List<String> keys = key == null ? List.of(TranslationMemory.IMPORTED) : List.of(TranslationMemory.IMPORTED, key);
    try {
      return !memory.lookup(keys, List.of(segment)).isEmpty();
    } catch (MemoryException e) {
      return false;
    }
  }

  /** Characters each backend was sent and answered, memory hits left out; for the run's summary. */
  public Map<String, Long> charactersSentByBackend() {
    return Map.copyOf(sentBy);
  }

  /**
   * Stores each answer under the key of the link that made it, one transaction per key. An answer
   * that is blank or lost a placeholder is not kept: the pipeline marks it failed, and the next
   * run must ask again rather than find it here.
   */
  private void remember(List<String> sources, Translated answer) {
    if (problem.get() != null) {
      return;
    }
    Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      String key = keyOfName.get(answer.backend(i));
      String source = sources.get(i);
      String target = answer.translations().get(i);
      if (key == null || target == null || target.isBlank() || !Placeholders.sameTokens(source, target)) {
        continue;
      }
      byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(source, target);
    }
    try {
      for (Map.Entry<String, Map<String, String>> e : byKey.entrySet()) {
        memory.store(e.getKey(), e.getValue());
      }
    } catch (MemoryException e) {
      problem.compareAndSet(null, e.getMessage());
    }
  }

  @Override
  public String name() {
    return wrapped.name();
  }

  @Override
  public int maxChars() {
    return wrapped.maxChars();
  }

  @Override
  public int maxSegments() {
    return wrapped.maxSegments();
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    return translateNamed(segments).translations();
  }

  @Override
  public void warmUp() {
    wrapped.warmUp();
  }

  @Override
  public Health check() {
    return wrapped.check();
  }

  /** The chain's own summary, then how many segments the memory answered and any failure of its file. */
  @Override
  public Optional<String> summary() {
    List<String> parts = new ArrayList<>();
    wrapped.summary().ifPresent(parts::add);
    long looked = lookedUp.get();
    if (looked > 0) {
      long found = hits.get();
      parts.add(String.format(java.util.Locale.ROOT, "translation memory: %d of %d segments found (%d%%), %d sent (%d characters)",
          found, looked, Math.round(100.0 * found / looked), sent.get(), charsSent.get()));
    }
    String failed = problem.get();
    if (failed != null) {
      parts.add("translation memory not used after a failure: " + failed);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }
}
