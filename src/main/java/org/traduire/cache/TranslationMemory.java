package org.traduire.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The translation memory: an SQLite file of translations keyed by (backend key, normalised French
 * source). Opened in WAL mode with a 10-second busy timeout, so several processes can share one
 * file: readers never wait, writers queue, and a killed process leaves nothing half-written. A
 * lookup is one statement and a store one short transaction, so a chunk costs one of each. Safe
 * for the threads of one process (one connection, used one call at a time).
 */
public final class TranslationMemory implements AutoCloseable {
  /** The key of entries imported from a translator's TMX: looked up before any backend's. */
  public static final String IMPORTED = "tmx";

  private static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");
  private static final int SOURCES_PER_QUERY = 500;
  private static final int MAX_PENDING_TOUCHES = 2_000;

  private final Path file;
  private final Connection connection;
  private final LongSupplier clock;
  /** Hits whose last-used time is written with the next write, not at once: a lookup stays lock-free. */
  private final Map<String, Set<String>> touched = new HashMap<>();
  private int pendingTouches;

  private TranslationMemory(Path file, Connection connection, LongSupplier clock) {
    this.file = file;
    this.connection = connection;
    this.clock = clock;
  }

  /** A translation found in the memory, and the key it was stored under. */
  public record Hit(String key, String target) {}

  /** How much the memory holds: entries, bytes on disk (with the write-ahead log), entries per key. */
  public record Stats(long entries, long bytes, Map<String, Long> perKey) {
    public Stats {
      perKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perKey));
    }
  }

  /** Receives the entries of {@link #forEach}. */
  @FunctionalInterface
  public interface Visitor {
    void visit(Entry entry) throws IOException;
  }

  /**
   * Opens the memory at {@code file}, making the file and its folder if they do not exist.
   *
   * @throws MemoryException when the file cannot be made, is not an SQLite database, is corrupt,
   *     or is another program's database; the message names the file
   */
  public static TranslationMemory open(Path file) throws MemoryException {
    return open(file, () -> Instant.now().getEpochSecond());
  }

  static TranslationMemory open(Path file, LongSupplier clock) throws MemoryException {
    return new TranslationMemory(file, MemoryFile.connect(file), clock);
  }

  /** The file this memory lives in, as it was given. */
  public Path file() {
    return file;
  }

  /**
   * {@code source} as the memory keys it: Unicode NFC, every run of white space (non-breaking
   * spaces and line ends included) one space, no space at either end. Case and punctuation stay.
   */
  public static String normalise(String source) {
    String nfc = Normalizer.isNormalized(source, Normalizer.Form.NFC) ? source : Normalizer.normalize(source, Normalizer.Form.NFC);
    return SPACES.matcher(nfc).replaceAll(" ").strip();
  }

  /**
   * The translations of {@code sources} found under any of {@code keys}, by normalised source;
   * when several keys have one, the first key in order wins. Sources not found are absent.
   */
  public synchronized Map<String, Hit> lookup(List<String> keys, Collection<String> sources) throws MemoryException {
    List<String> wanted = sources.stream().map(TranslationMemory::normalise).filter(s -> !s.isEmpty()).distinct().toList();
    Map<String, Hit> found = new HashMap<>();
    if (keys.isEmpty() || wanted.isEmpty()) {
      return found;
    }
    try {
      for (int from = 0; from < wanted.size(); from += SOURCES_PER_QUERY) {
        List<String> part = wanted.subList(from, Math.min(wanted.size(), from + SOURCES_PER_QUERY));
        String sql = "SELECT backend_key, source, target FROM entries WHERE backend_key IN (" + marks(keys.size())
            + ") AND source IN (" + marks(part.size()) + ")";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
          int i = 1;
          for (String k : keys) {
            q.setString(i++, k);
          }
          for (String s : part) {
            q.setString(i++, s);
          }
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              Hit hit = new Hit(rs.getString(1), rs.getString(3));
              found.merge(rs.getString(2), hit, (a, b) -> keys.indexOf(a.key()) <= keys.indexOf(b.key()) ? a : b);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot look translations up", e);
    }
    found.forEach((source, hit) -> touched.computeIfAbsent(hit.key(), k -> new LinkedHashSet<>()).add(source));
    pendingTouches += found.size();
    if (pendingTouches >= MAX_PENDING_TOUCHES) {
      write("cannot record when translations were used", () -> null);
    }
    return found;
  }

  /** Stores {@code translations} (French source to English target) under {@code key}, in one transaction. */
  public synchronized void store(String key, Map<String, String> translations) throws MemoryException {
    long now = clock.getAsLong();
    List<Entry> entries = new ArrayList<>(translations.size());
    translations.forEach((source, target) -> entries.add(new Entry(key, source, target, now, now)));
    put(entries);
  }

  /**
   * Stores {@code entries} as they are (an import keeps its dates), in one transaction, replacing
   * any entry of the same key and normalised source. Entries whose source is blank are left out.
   *
   * @return how many were stored
   */
  public synchronized int put(List<Entry> entries) throws MemoryException {
    return write("cannot store translations", () -> {
      int stored = 0;
      try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)")) {
        for (Entry e : entries) {
          String source = normalise(e.source());
          if (source.isEmpty()) {
            continue;
          }
          insert.setString(1, e.key());
          insert.setString(2, source);
          insert.setString(3, e.target());
          insert.setLong(4, e.created());
          insert.setLong(5, e.used());
          insert.addBatch();
          stored++;
        }
        insert.executeBatch();
      }
      return stored;
    });
  }

  /** Every entry, by key then source, from one consistent snapshot (other processes may go on writing). */
  public synchronized void forEach(Visitor visitor) throws MemoryException, IOException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT backend_key, source, target, created, used FROM entries ORDER BY backend_key, source")) {
      while (rs.next()) {
        visitor.visit(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
      }
    } catch (SQLException e) {
      throw failure("cannot read the entries", e);
    }
  }

  /** The number of entries, per key and in all, and the size of the file on disk. */
  public synchronized Stats stats() throws MemoryException {
    Map<String, Long> perKey = new LinkedHashMap<>();
    try {
      perKey.putAll(countPerKey(null));
    } catch (SQLException e) {
      throw failure("cannot count the entries", e);
    }
    long bytes = size(file) + size(Path.of(file.toAbsolutePath() + "-wal"));
    return new Stats(perKey.values().stream().mapToLong(Long::longValue).sum(), bytes, perKey);
  }

  private Map<String, Long> countPerKey(String key) throws SQLException {
    Map<String, Long> perKey = new LinkedHashMap<>();
    String sql = "SELECT backend_key, count(*) FROM entries" + (key == null ? "" : " WHERE backend_key = ?")
        + " GROUP BY backend_key ORDER BY backend_key";
    try (PreparedStatement q = connection.prepareStatement(sql)) {
      if (key != null) {
        q.setString(1, key);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          perKey.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return perKey;
  }

  private static long size(Path p) {
    try {
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Removes every entry, or only those under {@code key} when it is not null, then gives the space
   * back to the file system when it can (not while another process reads the file).
   *
   * @return how many entries were removed, per key
   */
  public synchronized Map<String, Long> clear(String key) throws MemoryException {
    Map<String, Long> removed = write("cannot remove entries", () -> {
      Map<String, Long> counts = countPerKey(key);
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM entries" + (key == null ? "" : " WHERE backend_key = ?"))) {
        if (key != null) {
          delete.setString(1, key);
        }
        delete.executeUpdate();
      }
      return counts;
    });
    touched.clear();
    pendingTouches = 0;
    try {
      exec("VACUUM");
      exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      // Another process is using the file: the entries are gone, and SQLite reuses their pages.
    }
    return removed;
  }

  /** Writes the last-used times still pending, then closes the file. */
  @Override
  public synchronized void close() {
    try {
      if (pendingTouches > 0) {
        write("cannot record when translations were used", () -> null);
      }
    } catch (MemoryException e) {
      // Only last-used times are lost; every translation is already stored.
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing is pending: each write was committed
      }
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one immediate transaction (waiting up to the busy timeout for other
   * writers), with the pending last-used times; rolls back on failure.
   */
  private <T> T write(String doing, Work<T> work) throws MemoryException {
    try {
      exec("BEGIN IMMEDIATE");
      try {
        T result = work.run();
        flushTouches();
        exec("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(doing, e);
    }
  }

  private void flushTouches() throws SQLException {
    if (touched.isEmpty()) {
      return;
    }
    long now = clock.getAsLong();
    try (PreparedStatement update = connection.prepareStatement("UPDATE entries SET used = ? WHERE backend_key = ? AND source = ?")) {
      for (Map.Entry<String, Set<String>> e : touched.entrySet()) {
        for (String source : e.getValue()) {
          update.setLong(1, now);
          update.setString(2, e.getKey());
          update.setString(3, source);
          update.addBatch();
        }
      }
      update.executeBatch();
    }
    touched.clear();
    pendingTouches = 0;
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private void rollback() {
    try {
      exec("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction was open (BEGIN itself failed), or SQLite already rolled it back
    }
  }

  private MemoryException failure(String doing, SQLException e) {
    return new MemoryException(file + ": " + doing + ": " + Failure.describe(e), e);
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
