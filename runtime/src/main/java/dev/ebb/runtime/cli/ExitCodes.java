package dev.ebb.runtime.cli;

/** The exit codes of every subcommand (SPEC §4). */
public final class ExitCodes {

  public static final int OK = 0;
  /** An invalid project, a failed sync, a failed check. */
  public static final int USER_FAILURE = 1;
  /** A usage mistake on the command line, or a bug in ebb. */
  public static final int USAGE_OR_INTERNAL = 2;

  private ExitCodes() {}
}
