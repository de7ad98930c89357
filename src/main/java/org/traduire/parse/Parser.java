package org.traduire.parse;

import org.traduire.document.Document;

/**
 * Turns decoded text (line ends normalised to {@code \n}) into a {@link Document} whose blocks'
 * sources, concatenated, reproduce the text exactly.
 */
public interface Parser {
  Document parse(String text);
}
