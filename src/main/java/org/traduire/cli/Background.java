package org.traduire.cli;

/** Work started early on a daemon thread so that it overlaps with the work in front of it. */
final class Background {
  private Background() {}

  /**
   * Runs a warm-up (loading models, a lexicon) on a daemon thread. A warm-up that fails is
   * ignored: the same failure shows, with its message, on first real use.
   */
  static void warmUp(Runnable warmUp) {
    Thread t =
        new Thread(
            () -> {
              try {
                warmUp.run();
              } catch (RuntimeException | OutOfMemoryError | ExceptionInInitializerError ignored) {
                // reported by the real call (out of memory too: as one line, by Main)
              }
            },
            "traduire-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
