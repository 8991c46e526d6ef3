package dev.ebb.runtime.cli;

import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import java.util.Optional;
import picocli.CommandLine;

/** The {@code ebb} executable: exit 0 ok, 1 user-facing failure, 2 usage or internal error. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (EbbCommand.named(args).filter(EbbCommand.Subcommand::readsModels).isPresent()) {
      // On another core, while this one builds the command line and reads the project.
      CalciteModelAnalyzer.create().prepare();
    }
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests without a new JVM). */
  public static int run(String... args) {
    return newCommandLine(args).execute(args);
  }

  /**
   * The command line for {@code args}. Picocli reflects over every command it is given, which for
   * all of ebb's costs a cold start about 0.1 s: when the arguments name a subcommand, only that
   * one is built. Without one (help, version, a typo to suggest a fix for) every subcommand is.
   */
  static CommandLine newCommandLine(String... args) {
    CommandLine commandLine = new CommandLine(new EbbCommand());
    Optional<EbbCommand.Subcommand> named = EbbCommand.named(args);
    if (named.isPresent()) {
      commandLine.addSubcommand(named.get().command().get());
    } else {
      EbbCommand.SUBCOMMANDS.forEach(s -> commandLine.addSubcommand(s.command().get()));
    }
    // Set after the subcommands are added: picocli passes these settings down only to those present.
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
