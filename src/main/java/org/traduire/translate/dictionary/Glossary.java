package org.traduire.translate.dictionary;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's TSV glossary: lines {@code french<TAB>english[<TAB>pos]}, the part of speech a lexicon
 * code ({@code n} when left out); {@code #} starts a comment line. Its entries win over the
 * built-in lexicon.
 */
final class Glossary {
  private Glossary() {}

  static List<Entry> read(Path file) throws DictionaryFileException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DictionaryFileException(file + ": glossary not found", e);
    } catch (CharacterCodingException e) {
      throw new DictionaryFileException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new DictionaryFileException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Entry> out = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      try {
        Entry e = parse(lines.get(i));
        if (e != null) {
          out.add(e);
        }
      } catch (IllegalArgumentException e) {
        throw new DictionaryFileException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The entry on one line, null for a blank or comment line. */
  static Entry parse(String line) {
    if (line.isBlank() || line.stripLeading().startsWith("#")) {
      return null;
    }
    String[] cols = line.split("\t", -1);
    if (cols.length < 2 || cols.length > 3) {
      throw new IllegalArgumentException("expected french<TAB>english[<TAB>pos], found "
          + cols.length + (cols.length == 1 ? " column" : " columns"));
    }
    String french = cols[0].strip();
    String english = cols[1].strip();
    if (french.isEmpty() || english.isEmpty()) {
      throw new IllegalArgumentException("empty " + (french.isEmpty() ? "French" : "English") + " column");
    }
    Pos pos = Pos.N;
    if (cols.length == 3 && !cols[2].isBlank()) {
      pos = Pos.ofCode(cols[2].strip());
      if (pos == null) {
        throw new IllegalArgumentException("unknown part of speech \"" + cols[2].strip() + "\"");
      }
    }
    return new Entry(french, english, pos);
  }
}
