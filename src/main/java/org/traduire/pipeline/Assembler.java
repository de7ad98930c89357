package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Section;

/**
 * Pairs every source block with its translation. Nothing is dropped: code and verbatim blocks
 * are kept, blocks of kept sections are kept with the section's reason, and a block any of whose
 * segments failed is kept with its source and the failure.
 */
final class Assembler {
  private Assembler() {}

  static BilingualDocument assemble(Plan plan, Map<Integer, List<Translator.Result>> results) {
    List<Block> blocks = plan.document().blocks();
    List<AlignedBlock> aligned = new ArrayList<>(blocks.size());
    int s = 0;
    List<Section> sections = plan.sections();
    for (int i = 0; i < blocks.size(); i++) {
      while (!sections.get(s).contains(i)) {
        s++;
      }
      aligned.add(align(blocks.get(i), plan.kept().get(s), results.get(i)));
    }
    return new BilingualDocument(plan.name(), plan.document().format(), plan.language(), sections, aligned);
  }

  private static AlignedBlock align(Block block, String sectionKept, List<Translator.Result> parts) {
    if (block instanceof Block.Code) {
      return AlignedBlock.kept(block, "code is not translated");
    }
    if (!block.translatable()) {
      return AlignedBlock.kept(block, "");
    }
    if (sectionKept != null) {
      return AlignedBlock.kept(block, sectionKept);
    }
    if (parts == null || parts.isEmpty()) {
      return AlignedBlock.failed(block, "", "no translation came back");
    }
    StringBuilder text = new StringBuilder();
    String backend = parts.get(0).backend();
    for (Translator.Result r : parts) {
      if (r.failed()) {
        return AlignedBlock.failed(block, r.backend() == null ? "" : r.backend(), r.failure());
      }
      text.append(r.translation()).append(r.segment().trailing());
      if (!backend.equals(r.backend())) {
        backend = backend + "+" + r.backend();
      }
    }
    return AlignedBlock.translated(block, text.toString(), backend);
  }
}
