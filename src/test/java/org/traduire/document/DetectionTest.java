package org.traduire.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectionTest {
  @Test
  void confidenceOutsideZeroToOneIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> new Detection("fr", 1.2)).hasMessage("confidence 1.2 not in 0..1");
    assertThatThrownBy(() -> new Detection("fr", Double.NaN)).hasMessageContaining("NaN");
  }

  @Test
  void unknownIsItsOwnValue() {
    assertThat(Detection.UNKNOWN.isUnknown()).isTrue();
    assertThat(new Detection("fr", 0.3).isUnknown()).isFalse();
  }
}
