package org.traduire.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as people write it: {@code 1048576}, {@code 64K}, {@code 256M}, {@code 1G} (powers of 1024). */
public final class ByteSize {
  /** The largest input the JVM can hold in one array, whatever the limit says. */
  public static final long MAX_READABLE = Integer.MAX_VALUE - 8;

  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kmg]?)(i?b)?");

  private ByteSize() {}

  /**
   * The number of bytes {@code text} stands for.
   *
   * @throws IllegalArgumentException when it is not a whole number with an optional K, M or G,
   *     or is zero
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a size such as 1048576, 64K, 256M or 1G");
    }
    long n = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (n == 0) {
      throw new IllegalArgumentException("'" + text + "' is zero; give a size of at least 1 byte");
    }
    if (n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("'" + text + "' is too large");
    }
    return n << shift;
  }

  /** {@code n} the short way when it is a whole number of G, M or K ({@code 256M}), else in bytes. */
  public static String format(long n) {
    for (String unit : new String[] {"G", "M", "K"}) {
      int shift = unit.equals("G") ? 30 : unit.equals("M") ? 20 : 10;
      if (n >= (1L << shift) && n % (1L << shift) == 0) {
        return (n >> shift) + unit;
      }
    }
    return n + " bytes";
  }
}
