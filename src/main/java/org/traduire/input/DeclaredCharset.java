package org.traduire.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set an HTML page declares in its first 1,024 bytes, as a browser's pre-scan finds
 * it: {@code <meta charset="...">} or {@code <meta http-equiv="Content-Type" content="text/html;
 * charset=...">}. As browsers do (WHATWG Encoding), the labels for ISO-8859-1 and ASCII mean
 * Windows-1252, and a UTF-16 label means nothing in a page read as bytes.
 */
final class DeclaredCharset {
  private static final int PRESCAN_BYTES = 1024;

  private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> WINDOWS_1252 =
      Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819",
          "us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-100", "cp1252", "x-cp1252");

  private DeclaredCharset() {}

  /** The charset the bytes declare, when they declare one Java can decode. */
  static Optional<Charset> of(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      Matcher charset = CHARSET.matcher(meta.group());
      if (charset.find()) {
        return charset(charset.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> charset(String label) {
    if (WINDOWS_1252.contains(label)) {
      return Optional.of(Decoder.FALLBACK);
    }
    if (label.startsWith("utf-16")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
