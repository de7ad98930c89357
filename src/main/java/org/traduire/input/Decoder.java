package org.traduire.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: UTF-8 with or without a byte-order mark, else Windows-1252 (which also
 * reads ISO-8859-1 text); CRLF and CR line ends become LF. Empty and binary inputs are refused.
 */
public final class Decoder {
  static final Charset FALLBACK = Charset.forName("windows-1252");
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
      text = new String(bytes, FALLBACK);
      charset = "windows-1252";
      fallback = true;
    }
    text = normaliseLineEnds(text);
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
