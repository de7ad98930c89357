package org.traduire.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.traduire.pipeline.AtomicFiles;
import picocli.CommandLine;

/** The entry point: {@link #run} returns the exit code; only {@link #main} exits. */
public final class Main {
  private static final Set<String> SUBCOMMANDS = Set.of("detect", "backends", "completion", "cache");
  /** The subcommands that read no text to translate or detect. */
  private static final Set<String> NO_TEXT_SUBCOMMANDS = Set.of("backends", "completion", "cache");

  private Main() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean(CdsTraining.PROPERTY)) {
      CdsTraining.run(args);
      return;
    }
    System.exit(start(System.in, args));
  }

  /** What {@link #main} does but exit: run the command line on the process's own streams. */
  static int start(InputStream in, String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    // Ctrl-C (SIGINT) makes the JVM run its shutdown hooks and exit with 130 (ExitCode.INTERRUPTED):
    // this one deletes the temporary files of outputs being written, so none is left behind.
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::abandon, "traduire-clean-up"));
    if (readsText(args)) {
      Background.warmUp(Detectors::warmUp);
    }
    int code =
        run(new Context(out, err, in, System.getenv(), once(() -> Terminal.isTerminal(0)),
            once(() -> Terminal.isTerminal(1)), once(() -> Terminal.isTerminal(2))), args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether the command will read French text, so that loading the lexicon (language detection
   * and the dictionary both need it) may start at once, on another core, while picocli reads the
   * command line: each takes about a tenth of a second, and a one-sentence pipe waits for both.
   * Help, version and the subcommands that translate nothing skip it.
   */
  static boolean readsText(String[] args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    return args.length == 0 || !NO_TEXT_SUBCOMMANDS.contains(args[0]);
  }

  /**
   * Whether the subcommands must be known to picocli: when one is named, or for the help that
   * lists them. Building their models costs a tenth of a one-sentence run, so a plain translation
   * goes without.
   */
  static boolean mentionsSubcommand(String[] args) {
    for (String a : args) {
      if (SUBCOMMANDS.contains(a) || a.equals("-h") || a.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  /** Asks {@code question} at most once: each answer costs a process. */
  private static BooleanSupplier once(BooleanSupplier question) {
    Boolean[] answer = new Boolean[1];
    return () -> {
      if (answer[0] == null) {
        answer[0] = question.getAsBoolean();
      }
      return answer[0];
    };
  }

  /** Runs the command line with the process environment; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, InputStream in, String... args) {
    return run(out, err, in, System.getenv(), args);
  }

  /** Runs the command line with the given environment; returns the exit code. */
  public static int run(
      PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, String... args) {
    return run(Context.piped(out, err, in, env), args);
  }

  /**
   * Built-in picocli converters for types no option of ours has: registering them loads and
   * initialises java.sql and java.time (a twentieth of a one-sentence run).
   */
  private static final String UNUSED_CONVERTERS = "java\\.sql\\..*|java\\.time\\..*";

  static int run(Context context, String... args) {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    CommandLine cli = new CommandLine(new TranslateCommand(context));
    if (mentionsSubcommand(args)) {
      cli.addSubcommand("detect", new DetectCommand(context));
      cli.addSubcommand("backends", new BackendsCommand(context));
      cli.addSubcommand("completion", new CompletionCommand(context));
      cli.addSubcommand("cache", CacheCommand.create(context));
    }
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setUsageHelpAutoWidth(true);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("traduire: " + e.getMessage());
          if (e instanceof CommandLine.UnmatchedArgumentException u) {
            CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
          }
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
          err.flush();
          return ExitCode.USAGE.code();
        });
    cli.setExecutionExceptionHandler(
        (e, c, parsed) -> Failures.report(e, context.err(), verbose(args)).code());
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) { // picocli lets errors through; the user still gets one line
      code = Failures.report(e, context.err(), verbose(args)).code();
    }
    context.out().flush();
    context.err().flush();
    return code;
  }

  private static boolean verbose(String[] args) {
    for (String a : args) {
      if (a.equals("-v") || a.equals("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
