package org.traduire.translate.dictionary;

import java.util.List;

/** One rewriting step over a segment's units, such as negation or adjective order. */
interface Rule {
  void apply(List<Unit> units);
}
