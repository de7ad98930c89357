package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Main skips or starts early for speed must not change what a command does. */
class StartUpShortcutsTest {
  @Test
  void subcommandsAreRegisteredWhenNamedOrForHelp() {
    assertThat(Main.mentionsSubcommand(new String[] {"-f", "target"})).isFalse();
    assertThat(Main.mentionsSubcommand(new String[] {"detect", "a.txt"})).isTrue();
    assertThat(Main.mentionsSubcommand(new String[] {"-q", "cache", "stats"})).isTrue();
    assertThat(Main.mentionsSubcommand(new String[] {"--help"})).isTrue();
  }

  @Test
  void helpStillListsEverySubcommand() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.out()).contains("detect", "backends", "completion", "cache");
  }

  @Test
  void subcommandsStillRunAfterAnOption() {
    Cli.Result r = Cli.run("Bonjour le monde, la maison est belle.\n", "-q", "detect");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("-\tfr\t");
  }

  @Test
  void theLexiconIsLoadedEarlyOnlyForCommandsThatReadText() {
    assertThat(Main.readsText(new String[] {})).isTrue();
    assertThat(Main.readsText(new String[] {"-f", "target", "a.txt"})).isTrue();
    assertThat(Main.readsText(new String[] {"detect", "a.txt"})).isTrue();
    assertThat(Main.readsText(new String[] {"--version"})).isFalse();
    assertThat(Main.readsText(new String[] {"backends", "--check"})).isFalse();
    assertThat(Main.readsText(new String[] {"cache", "stats"})).isFalse();
  }

  @Test
  void terminalsToldByTheLauncherAreBelievedWithoutAskingAShell() {
    String before = System.getProperty(Terminal.TTY_PROPERTY);
    try {
      System.setProperty(Terminal.TTY_PROPERTY, "12");
      assertThat(Terminal.isTerminal(0)).isFalse();
      assertThat(Terminal.isTerminal(1)).isTrue();
      assertThat(Terminal.isTerminal(2)).isTrue();
      System.setProperty(Terminal.TTY_PROPERTY, "");
      assertThat(Terminal.isTerminal(1)).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(Terminal.TTY_PROPERTY);
      } else {
        System.setProperty(Terminal.TTY_PROPERTY, before);
      }
    }
  }
}
