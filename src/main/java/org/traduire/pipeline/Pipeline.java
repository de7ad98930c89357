package org.traduire.pipeline;

import org.traduire.document.BilingualDocument;
import org.traduire.translate.Backend;
import org.traduire.translate.Protector;

/** Runs a plan through a backend: translate every chunk, then assemble the bilingual document. */
public final class Pipeline {
  private final Translator translator;

  /** @param jobs how many chunks may be sent at once */
  public Pipeline(Backend backend, int jobs) {
    this(backend, jobs, Protector.DEFAULT);
  }

  /**
   * @param jobs how many chunks may be sent at once
   * @param protector what never to translate (URLs, code, model numbers, the user's patterns)
   */
  public Pipeline(Backend backend, int jobs, Protector protector) {
    this.translator = new Translator(backend, jobs, protector);
  }

  public BilingualDocument run(Plan plan) {
    return run(plan, SegmentListener.NONE);
  }

  /** As {@link #run(Plan)}, telling {@code listener} as each chunk comes back (for progress). */
  public BilingualDocument run(Plan plan, SegmentListener listener) {
    return Assembler.assemble(plan, translator.translate(plan.chunks(), listener));
  }
}
