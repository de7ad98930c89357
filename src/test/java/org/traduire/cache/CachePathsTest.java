package org.traduire.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachePathsTest {
  @Test
  void anExplicitFileWins() {
    assertThat(CachePaths.memory(Path.of("m.sqlite"), Map.of("XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("m.sqlite"));
  }

  @Test
  void xdgCacheHomeComesNext() {
    assertThat(CachePaths.memory(null, Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/home/u")))
        .isEqualTo(Path.of("/x/cache/traduire/memory.sqlite"));
  }

  @Test
  void homeCacheWhenXdgIsUnsetBlankOrRelative() {
    Path expected = Path.of("/home/u/.cache/traduire/memory.sqlite");
    assertThat(CachePaths.memory(null, Map.of("HOME", "/home/u"))).isEqualTo(expected);
    assertThat(CachePaths.memory(null, Map.of("XDG_CACHE_HOME", " ", "HOME", "/home/u"))).isEqualTo(expected);
    assertThat(CachePaths.memory(null, Map.of("XDG_CACHE_HOME", "cache", "HOME", "/home/u"))).isEqualTo(expected);
  }
}
