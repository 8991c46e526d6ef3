package dev.ebb.engine.run;

import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunId;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How one sync's run ended, for the summary table and the exit code.
 *
 * @param runId the run reported on; empty when none was created (a paused, skipped or busy sync)
 * @param hint what the user can do, e.g. the command that confirms a guarded run; may be null
 */
public record RunReport(
    String sync, Optional<RunId> runId, Outcome outcome, RunCounts counts, Duration duration, String message, String hint) {

  public enum Outcome {
    SUCCEEDED,
    FAILED,
    /** Stopped by a guard before anything was sent. */
    BLOCKED,
    /** Stopped by SIGTERM after checkpointing: the next start resumes it. */
    INTERRUPTED,
    CANCELLED,
    /** Not run: the sync is paused. */
    PAUSED,
    /** Not run: a sync it runs {@code after:} did not succeed in this invocation. */
    SKIPPED,
    /** Not run: another process holds the sync's claim (it is running the sync). */
    BUSY,
    /** Stopped without sending more: the lease lapsed and another holder took the sync over. */
    LOST_CLAIM;

    /** As the terminal shows it: {@code lost claim}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whether {@code ebb run} exits 1. */
    public boolean isFailure() {
      return this == FAILED || this == BLOCKED || this == BUSY || this == LOST_CLAIM;
    }
  }

  /** The report of a run. */
  static RunReport of(
      String sync, RunId runId, Outcome outcome, RunCounts counts, Duration duration, String message, String hint) {
    return new RunReport(sync, Optional.of(runId), outcome, counts, duration, message, hint);
  }

  /** The report of a sync for which no run was created: nothing was counted or sent. */
  static RunReport notRun(String sync, Outcome outcome, String message, String hint) {
    return new RunReport(sync, Optional.empty(), outcome, RunCounts.ZERO, Duration.ZERO, message, hint);
  }
}
