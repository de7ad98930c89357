package org.traduire.document;

import java.util.Objects;

/**
 * A source block paired with its translation. For kept and failed blocks the translation is the
 * block's own text (its source, for code and verbatim blocks); {@code backend} names the backend
 * that translated it ("" when none did) and {@code note} says why a block was kept or failed.
 */
public record AlignedBlock(Block source, String translation, Status status, String backend, String note) {
  public AlignedBlock {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(translation, "translation");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(note, "note");
  }

  public static AlignedBlock translated(Block source, String translation, String backend) {
    return new AlignedBlock(source, translation, Status.TRANSLATED, backend, "");
  }

  /** The block kept as it is, for the given reason. */
  public static AlignedBlock kept(Block source, String why) {
    return new AlignedBlock(source, original(source), Status.KEPT, "", why);
  }

  /** The block kept untranslated because the backend failed on it. */
  public static AlignedBlock failed(Block source, String backend, String why) {
    return new AlignedBlock(source, original(source), Status.FAILED, backend, why);
  }

  private static String original(Block block) {
    return block.translatable() ? block.text() : block.source();
  }

  public Kind kind() {
    return source.kind();
  }
}
