package dev.ebb.runtime.cli;

import picocli.CommandLine;

/** The {@code ebb} executable: exit 0 ok, 1 user-facing failure, 2 usage or internal error. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests without a new JVM). */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new EbbCommand());
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
