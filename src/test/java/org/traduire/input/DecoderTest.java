package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static SourceText decode(byte[] bytes) throws InputException {
    return Decoder.decode(new RawInput("a.txt", bytes));
  }

  @Test
  void utf8IsReadAsIs() throws Exception {
    SourceText t = decode("Élève à l’école\n".getBytes(StandardCharsets.UTF_8));

    assertThat(t.text()).isEqualTo("Élève à l’école\n");
    assertThat(t.charset()).isEqualTo("UTF-8");
    assertThat(t.fallback()).isFalse();
  }

  @Test
  void byteOrderMarkIsDropped() throws Exception {
    byte[] body = "Bonjour\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(decode(bytes).text()).isEqualTo("Bonjour\n");
  }

  @Test
  void crlfAndCrLineEndsBecomeLf() throws Exception {
    assertThat(decode("un\r\ndeux\rtrois\r\n".getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("un\ndeux\ntrois\n");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws Exception {
    SourceText t = decode("Élève à l'école, 5 €\n".getBytes(Decoder.FALLBACK));

    assertThat(t.text()).isEqualTo("Élève à l'école, 5 €\n");
    assertThat(t.fallback()).isTrue();
    assertThat(t.charset()).isEqualTo("windows-1252");
  }

  @Test
  void iso88591PageIsReadInTheCharsetItDeclaresWithoutANote() throws Exception {
    String page = "<!DOCTYPE html>\n<html><head>\n<meta charset=\"ISO-8859-1\">\n</head>\n"
        + "<body><p>Élève à l’école</p></body></html>\n";

    SourceText t = decode(page.getBytes(Decoder.FALLBACK));

    assertThat(t.text()).isEqualTo(page);
    assertThat(t.fallback()).as("the page said which charset; no guess to report").isFalse();
    // As in browsers: ISO-8859-1 is read as its superset Windows-1252, which has ’ at 0x92.
    assertThat(t.charset()).isEqualTo("windows-1252");
  }

  @Test
  void charsetDeclaredByHttpEquivIsHonouredEvenWhereWindows1252WouldDiffer() throws Exception {
    String page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'>"
        + "</head><body><p>Prix : 5 € ; œuvre</p></body></html>";

    SourceText t = decode(page.getBytes(Charset.forName("ISO-8859-15")));

    assertThat(t.text()).isEqualTo(page);
    assertThat(t.charset()).isEqualTo("ISO-8859-15");
    assertThat(t.fallback()).isFalse();
  }

  @Test
  void aCharsetDeclaredInValidUtf8IsNotNeeded() throws Exception {
    String page = "<meta charset=\"iso-8859-1\"><p>Élève</p>";

    SourceText t = decode(page.getBytes(StandardCharsets.UTF_8));

    assertThat(t.text()).isEqualTo(page);
    assertThat(t.charset()).isEqualTo("UTF-8");
  }

  @Test
  void aPageDeclaringUtf8ThatIsNotFallsBackWithANote() throws Exception {
    String page = "<meta charset=\"utf-8\"><p>Élève</p>";

    SourceText t = decode(page.getBytes(Decoder.FALLBACK));

    assertThat(t.text()).isEqualTo(page);
    assertThat(t.fallback()).isTrue();
  }

  @Test
  void anUnknownDeclaredCharsetFallsBackWithANote() throws Exception {
    String page = "<meta charset=\"x-nonexistent\"><p>Élève</p>";

    SourceText t = decode(page.getBytes(Decoder.FALLBACK));

    assertThat(t.text()).isEqualTo(page);
    assertThat(t.fallback()).isTrue();
  }

  @Test
  void theInternalMarkupDelimitersCannotComeFromAnInput() throws Exception {
    SourceText t = decode("a\uFDD0<b>\uFDD1c\n".getBytes(StandardCharsets.UTF_8));

    assertThat(t.text()).isEqualTo("a\uFFFD<b>\uFFFDc\n");
  }

  @Test
  void emptyInputIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> decode(new byte[0]))
        .isInstanceOf(InputException.class)
        .hasMessage("a.txt: empty input, nothing to translate");
  }

  @Test
  void whitespaceOnlyInputIsRefusedAsEmpty() {
    assertThatThrownBy(() -> decode(" \n\r\n\t\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty input");
  }

  @Test
  void inputWithNulBytesIsRefusedAsBinary() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};

    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(InputException.class)
        .hasMessage("a.txt: looks like a binary file, not text");
  }

  @Test
  void inputFullOfControlCharactersIsRefusedAsBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }

    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("binary");
  }

  @Test
  void standardInputIsNamedAsSuchInMessages() {
    assertThatThrownBy(() -> Decoder.decode(new RawInput("-", new byte[0])))
        .hasMessageStartingWith("standard input: ");
  }
}
