/** The built-in offline translator: a French-English lexicon and a few rules. The default backend. */
package org.traduire.translate.dictionary;
