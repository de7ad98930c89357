package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void suffixesArePowersOf1024() {
    assertThat(ByteSize.parse("1000")).isEqualTo(1000);
    assertThat(ByteSize.parse("64K")).isEqualTo(64 * 1024);
    assertThat(ByteSize.parse("64m")).isEqualTo(64L << 20);
    assertThat(ByteSize.parse("1G")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse(" 256 MB ")).isEqualTo(256L << 20);
    assertThat(ByteSize.parse("2GiB")).isEqualTo(2L << 30);
  }

  @Test
  void anythingElseIsRefusedWithTheTextInTheMessage() {
    for (String bad : new String[] {"", "M", "1.5M", "-1", "10T", "abc", "0", "99999999999999999G"}) {
      assertThatThrownBy(() -> ByteSize.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void sizesAreShownTheShortWayWhenWhole() {
    assertThat(ByteSize.format(256L << 20)).isEqualTo("256M");
    assertThat(ByteSize.format(1L << 30)).isEqualTo("1G");
    assertThat(ByteSize.format(3 * 1024)).isEqualTo("3K");
    assertThat(ByteSize.format(1000)).isEqualTo("1000 bytes");
  }
}
