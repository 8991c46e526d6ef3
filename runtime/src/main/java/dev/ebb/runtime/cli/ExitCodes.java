package dev.ebb.runtime.cli;

/**
 * The exit codes every subcommand uses, so scripts and CI can tell a problem in the project or a
 * sync (1) from a mistake on the command line or a bug (2). Listed for users in docs/cli.md.
 */
public final class ExitCodes {

  public static final int OK = 0;
  /** An invalid project, a failed sync, a failed check. */
  public static final int USER_FAILURE = 1;
  /** A usage mistake on the command line, or a bug in ebb. */
  public static final int USAGE_OR_INTERNAL = 2;
  /**
   * {@code ebb run} stopped by SIGTERM (or Ctrl-C) while it had work in flight: it checkpointed, and
   * the next start resumes it. 128 + 15, what a shell reports for a process SIGTERM ended.
   */
  public static final int INTERRUPTED = 143;

  private ExitCodes() {}
}
