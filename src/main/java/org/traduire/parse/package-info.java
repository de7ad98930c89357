/**
 * The parse stage: plain text, Markdown, HTML and one-segment-per-line input turned into a {@link
 * org.traduire.document.Document}. Every parser keeps the model's invariant: the blocks' sources,
 * concatenated, are the input text, character for character.
 */
package org.traduire.parse;
