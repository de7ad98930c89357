package org.traduire.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A text file read a window at a time instead of whole, for inputs too large to hold: first one
 * pass over its bytes decides what {@link Decoder} would (size, empty, binary, the character set,
 * nothing but blank lines), holding no more than a buffer of it; then {@link #windows} gives its
 * text in pieces (see {@link TextWindows}). Decoding the pieces gives exactly the text {@link
 * Decoder#decode} gives for the whole file.
 *
 * @param path the file
 * @param name the name to show in messages
 * @param size its size in bytes
 * @param charset the character set to read it with
 * @param bom whether it starts with a UTF-8 byte-order mark (skipped)
 * @param fallback whether it is read as Windows-1252 because it is not valid UTF-8 and declares nothing
 */
public record TextFile(Path path, String name, long size, Charset charset, boolean bom, boolean fallback) {
  private static final int BUFFER = 64 * 1024;

  /** Checks the file at {@code path} as {@link Decoder} checks an input, refusing what it refuses. */
  public static TextFile open(Path path, String name, long maxBytes) throws InputException {
    try {
      long size = Files.size(path);
      if (size > Math.min(maxBytes, ByteSize.MAX_READABLE)) {
        throw new InputException(name + ": " + size + " bytes, over the input limit of " + ByteSize.format(maxBytes)
            + " (--max-input-bytes)");
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(BUFFER);
      }
      if (head.length == 0) {
        throw new InputException(name + ": empty input, nothing to translate");
      }
      if (Decoder.looksBinary(head)) {
        throw new InputException(name + ": looks like a binary file, not text");
      }
      boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
      Charset charset = StandardCharsets.UTF_8;
      boolean fallback = false;
      Scan scan = scan(path, bom ? 3 : 0, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
      if (scan.malformed()) {
        Optional<Charset> declared = DeclaredCharset.of(head).filter(c -> !c.equals(StandardCharsets.UTF_8));
        charset = declared.orElse(Decoder.FALLBACK);
        fallback = declared.isEmpty();
        bom = false; // not UTF-8: those bytes are text, as Decoder reads them
        scan = scan(path, 0, charset, CodingErrorAction.REPLACE);
      }
      if (!scan.text()) {
        throw new InputException(name + ": empty input, nothing to translate");
      }
      return new TextFile(path, name, size, charset, bom, fallback);
    } catch (IOException e) {
      throw InputReader.failure(name, e);
    }
  }

  /** The charset's name as {@link SourceText#charset()} gives it. */
  public String charsetName() {
    return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
  }

  /** The text in windows of about {@code chars} characters, each cut where a paragraph starts. */
  public TextWindows windows(int chars) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      if (bom) {
        in.skipNBytes(3);
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new TextWindows(in, charset, chars);
  }

  /** What one pass over the bytes found: invalid bytes for the charset, any character that is not whitespace. */
  private record Scan(boolean malformed, boolean text) {}

  private static Scan scan(Path path, int skip, Charset charset, CodingErrorAction onError) throws IOException {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    boolean text = false;
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(skip);
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, end);
          if (result.isError()) {
            return new Scan(true, text);
          }
          text = drain(chars) || text;
        } while (result.isOverflow());
        while (end && decoder.flush(chars).isOverflow()) {
          text = drain(chars) || text;
        }
        text = drain(chars) || text;
        bytes.compact();
      }
    }
    return new Scan(false, text);
  }

  /** Empties {@code chars}, telling whether they held a character that is not whitespace. */
  private static boolean drain(CharBuffer chars) {
    chars.flip();
    boolean text = hasText(chars);
    chars.clear();
    return text;
  }

  /** Whether {@code chars} hold a character that is not whitespace, as {@link String#isBlank} sees it. */
  private static boolean hasText(CharBuffer chars) {
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (!Character.isWhitespace(chars.get(i))) {
        return true;
      }
    }
    return false;
  }
}
