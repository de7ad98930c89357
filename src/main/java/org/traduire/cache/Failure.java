package org.traduire.cache;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/** SQLite's and the file system's failures in a few words a user can act on. */
final class Failure {
  private Failure() {}

  /** What went wrong, by SQLite's primary result code (sqlite-jdbc reports it as the vendor code). */
  static String describe(SQLException e) {
    switch (e.getErrorCode() & 0xff) {
      case 5: // SQLITE_BUSY
      case 6: // SQLITE_LOCKED
        return "still locked by another process after " + MemoryFile.BUSY_TIMEOUT_MS / 1000 + " s";
      case 8: // SQLITE_READONLY
        return "the file is read-only";
      case 11: // SQLITE_CORRUPT
        return "the file is corrupt (" + said(e) + "); move it away and a new memory is made on the next run";
      case 13: // SQLITE_FULL
        return "the disk is full";
      case 14: // SQLITE_CANTOPEN
        return "cannot open or create the file (check the folder exists and can be written)";
      case 26: // SQLITE_NOTADB
        return "is not a translation memory (not an SQLite database); give another --cache file or move it away";
      default:
        return said(e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way: " + ((FileAlreadyExistsException) e).getFile();
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName() + " on " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * SQLite's own words without sqlite-jdbc's {@code [SQLITE_X]} prefix and repeated wording, e.g.
   * "database disk image is malformed".
   */
  private static String said(SQLException e) {
    String m = e.getMessage() == null ? "SQLite error " + e.getErrorCode() : e.getMessage();
    m = m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    int open = m.lastIndexOf(" (");
    if (open > 0 && m.endsWith(")")) {
      m = m.substring(open + 2, m.length() - 1); // "The database disk image is malformed (database disk image is malformed)"
    }
    return m.lines().findFirst().orElse(m).strip();
  }
}
