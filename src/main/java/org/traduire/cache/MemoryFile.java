package org.traduire.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Opens the memory's SQLite file: makes its folder, refuses a file that is not an SQLite database
 * before SQLite writes beside it, sets WAL mode and the busy timeout, and makes the schema of a
 * new file or checks the version of an existing one.
 */
final class MemoryFile {
  static final int SCHEMA_VERSION = 1;
  static final int BUSY_TIMEOUT_MS = 10_000;
  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private MemoryFile() {}

  /** A connection to {@code file}, ready for use; failures name the file as given. */
  static Connection connect(Path file) throws MemoryException {
    Path path = file.toAbsolutePath();
    checkFile(file, path);
    Connection connection;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      connection = config.createConnection("jdbc:sqlite:" + path);
    } catch (SQLException e) {
      throw new MemoryException(file + ": " + Failure.describe(e), e);
    }
    try {
      prepare(file, connection);
      return connection;
    } catch (SQLException | MemoryException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the open already failed; that failure is the one to report
      }
      if (e instanceof MemoryException m) {
        throw m;
      }
      throw new MemoryException(file + ": " + Failure.describe((SQLException) e), e);
    }
  }

  /** The folder is made; an existing file must be an SQLite database before SQLite may write beside it. */
  private static void checkFile(Path file, Path path) throws MemoryException {
    if (Files.isDirectory(path)) {
      throw new MemoryException(file + ": is a folder, not a translation memory file");
    }
    try {
      Files.createDirectories(path.getParent());
    } catch (IOException e) {
      throw new MemoryException(file + ": cannot create the folder " + path.getParent() + " (" + Failure.describe(e) + ")", e);
    }
    if (!Files.exists(path)) {
      return;
    }
    byte[] start = new byte[HEADER.length];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      throw new MemoryException(file + ": cannot read it (" + Failure.describe(e) + ")", e);
    }
    if (n > 0 && !Arrays.equals(start, HEADER)) {
      throw new MemoryException(file + ": is not a translation memory (not an SQLite database); give another --cache file or move it away");
    }
  }

  /** WAL mode, then the schema: made when the file is new (by one process, the others waiting), checked when it is not. */
  private static void prepare(Path file, Connection connection) throws SQLException, MemoryException {
    exec(connection, "PRAGMA journal_mode=WAL");
    exec(connection, "PRAGMA synchronous=NORMAL"); // with WAL: never corrupt, may lose the last commits on power loss
    if (schemaVersion(file, connection) == 0) {
      exec(connection, "BEGIN IMMEDIATE");
      try {
        if (schemaVersion(file, connection) == 0) {
          exec(connection, "CREATE TABLE schema_version (version INTEGER NOT NULL)");
          exec(connection, "INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
          exec(connection, "CREATE TABLE entries ("
              + " backend_key TEXT NOT NULL,"
              + " source TEXT NOT NULL,"
              + " target TEXT NOT NULL,"
              + " created INTEGER NOT NULL,"
              + " used INTEGER NOT NULL,"
              + " PRIMARY KEY (backend_key, source)) WITHOUT ROWID");
        }
        exec(connection, "COMMIT");
      } catch (SQLException | MemoryException e) {
        try {
          exec(connection, "ROLLBACK");
        } catch (SQLException ignored) {
          // SQLite already rolled back
        }
        throw e;
      }
    }
    int version = schemaVersion(file, connection);
    if (version > SCHEMA_VERSION) {
      throw new MemoryException(file + ": made by a newer traduire (schema version " + version
          + "; this one reads version " + SCHEMA_VERSION + ")");
    }
  }

  /** The schema version; 0 for an empty database. */
  private static int schemaVersion(Path file, Connection connection) throws SQLException, MemoryException {
    Set<String> tables = new LinkedHashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.isEmpty()) {
      return 0;
    }
    if (!tables.contains("schema_version") || !tables.contains("entries")) {
      throw new MemoryException(file + ": is an SQLite database but not a traduire translation memory"
          + " (no schema_version and entries tables); give another --cache file");
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void exec(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
