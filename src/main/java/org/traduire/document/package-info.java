/**
 * The shared model: source blocks, sections, and the bilingual document. Pure values, no I/O.
 *
 * <p>Invariant: the {@link org.traduire.document.Block#source() source} texts of a document's
 * blocks, concatenated in order, reproduce the input text exactly (after line ends are
 * normalised to {@code \n}).
 */
package org.traduire.document;
