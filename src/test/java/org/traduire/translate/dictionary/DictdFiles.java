package org.traduire.translate.dictionary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes tiny dictd dictionaries ({@code NAME.index} and {@code NAME.dict[.dz]}) for tests. */
public final class DictdFiles {
  private static final String DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private DictdFiles() {}

  /** dictd's base64: most significant digit first, no padding. */
  public static String encode(long value) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append(DIGITS.charAt((int) (value % 64)));
      value /= 64;
    } while (value > 0);
    return sb.reverse().toString();
  }

  /**
   * Writes {@code dir/name.index} and {@code dir/name.dict} (gzipped to {@code .dict.dz} when
   * {@code dz}) holding a {@code 00databaseinfo} entry then these articles, the index keyed by
   * each article's headword in lower case; returns the base path {@code dir/name}.
   */
  public static Path write(Path dir, String name, boolean dz, String... articles) throws IOException {
    ByteArrayOutputStream dict = new ByteArrayOutputStream();
    StringBuilder index = new StringBuilder();
    append(dict, index, "00databaseinfo", "00-database-info\nA test dictionary, not a real one.\n");
    for (String article : articles) {
      String head = article.substring(0, article.indexOf('\n'));
      int end = head.indexOf(" /") >= 0 ? head.indexOf(" /") : head.indexOf(" <") >= 0 ? head.indexOf(" <") : head.length();
      append(dict, index, head.substring(0, end).toLowerCase(java.util.Locale.ROOT), article);
    }
    Path base = dir.resolve(name);
    Files.writeString(dir.resolve(name + ".index"), index, StandardCharsets.UTF_8);
    if (dz) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".dict.dz")))) {
        out.write(dict.toByteArray());
      }
    } else {
      Files.write(dir.resolve(name + ".dict"), dict.toByteArray());
    }
    return base;
  }

  private static void append(ByteArrayOutputStream dict, StringBuilder index, String headword, String article) {
    byte[] bytes = article.getBytes(StandardCharsets.UTF_8);
    index.append(headword).append('\t').append(encode(dict.size())).append('\t').append(encode(bytes.length)).append('\n');
    dict.writeBytes(bytes);
  }
}
