package org.traduire.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traduire completion bash|zsh}: prints a shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a completion script for bash or zsh: subcommands, options, backend and format names.",
      ""
    },
    footerHeading = "%nInstall:%n",
    footer = {
      "  bash: traduire completion bash > ~/.local/share/bash-completion/completions/traduire",
      "        (or: source <(traduire completion bash) in ~/.bashrc)",
      "  zsh:  traduire completion zsh > ~/.zfunc/traduire.zsh, then source it in ~/.zshrc",
      "        (the script turns on zsh's bashcompinit itself)"
    })
final class CompletionCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      description = "bash or zsh.",
      completionCandidates = Shells.class)
  String shell;

  CompletionCommand(Context context) {
    this.context = context;
  }

  /** The shells a script is made for. */
  static final class Shells implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("bash", "zsh").iterator();
    }
  }

  @Override
  public Integer call() throws UsageException {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new UsageException("no completion for shell '" + shell + "'; give bash or zsh");
    }
    // picocli's script serves both: under zsh it loads bashcompinit first.
    context.out().print(AutoComplete.bash("traduire", spec.root().commandLine()));
    context.out().flush();
    return ExitCode.OK.code();
  }
}
