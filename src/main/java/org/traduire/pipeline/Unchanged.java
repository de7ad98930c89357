package org.traduire.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.traduire.render.OutputFormat;

/**
 * Whether a new output says the same as the file already there, so it need not be written again.
 * Byte for byte, except that a TMX file's header carries the time it was made: two TMX files that
 * differ only there say the same.
 */
final class Unchanged {
  private static final Pattern TMX_DATE = Pattern.compile("(<header\\b[^>]*?\\bcreationdate=\")[0-9TZ]*(\")");

  private Unchanged() {}

  static boolean same(OutputFormat format, byte[] old, byte[] now) {
    if (Arrays.equals(old, now)) {
      return true;
    }
    if (format != OutputFormat.TMX) {
      return false;
    }
    return undated(old).equals(undated(now));
  }

  private static String undated(byte[] tmx) {
    return TMX_DATE.matcher(new String(tmx, StandardCharsets.UTF_8)).replaceFirst("$1$2");
  }
}
