package org.traduire.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.traduire.document.Markup;

/**
 * Turns bytes into text: UTF-8 with or without a byte-order mark; else the charset an HTML page
 * declares in a {@code <meta>} tag (see {@link DeclaredCharset}); else Windows-1252 (which also
 * reads ISO-8859-1 text), with a note. CRLF and CR line ends become LF. The Unicode noncharacters
 * that mark inline markup inside the program ({@link Markup}) become U+FFFD, so no input can
 * forge them. Empty and binary inputs are refused.
 */
public final class Decoder {
  static final Charset FALLBACK = Charset.forName("windows-1252");
  private static final char REPLACEMENT = '\uFFFD';
  /** Share of control characters above which an input is taken as binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private Decoder() {}

  public static SourceText decode(RawInput input) throws InputException {
    byte[] bytes = input.bytes();
    String label = RawInput.label(input.name());
    if (bytes.length == 0) {
      throw new InputException(label + ": empty input, nothing to translate");
    }
    if (looksBinary(bytes)) {
      throw new InputException(label + ": looks like a binary file, not text");
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    String text;
    String charset;
    boolean fallback = false;
    try {
      text = strictUtf8(bytes, offset);
      charset = "UTF-8";
    } catch (CharacterCodingException e) {
      Optional<Charset> declared =
          DeclaredCharset.of(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8));
      Charset used = declared.orElse(FALLBACK);
      fallback = declared.isEmpty();
      text = new String(bytes, used);
      charset = used.name();
    }
    text = normaliseLineEnds(text)
        .replace(Markup.OPEN, REPLACEMENT)
        .replace(Markup.CLOSE, REPLACEMENT);
    if (text.isBlank()) {
      throw new InputException(label + ": empty input, nothing to translate");
    }
    return new SourceText(input.name(), text, charset, fallback);
  }

  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  /** A NUL byte, or more than a few control characters other than tab, line ends and form feed. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control > n * MAX_CONTROL_SHARE;
  }
}
