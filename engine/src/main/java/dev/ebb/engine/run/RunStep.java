package dev.ebb.engine.run;

import dev.ebb.engine.state.RunCounts;
import java.util.Optional;

/**
 * Where a run is in {@link RunMachine}: one step per status a run passes through, each holding what
 * the next transition needs and nothing that may be missing.
 */
sealed interface RunStep {

  /** The counts a report shows should the run stop at this step. */
  RunCounts counts();

  /** Created, nothing done yet. */
  record Queued() implements RunStep {
    @Override
    public RunCounts counts() {
      return RunCounts.ZERO;
    }
  }

  /** Planning the diff; a run resumed here plans again from the start. */
  record Planning() implements RunStep {
    @Override
    public RunCounts counts() {
      return RunCounts.ZERO;
    }
  }

  /**
   * Sending the diff's records after {@code fromSequence}, each settled batch checkpointed.
   *
   * @param compactSnapshot rewrite the snapshot after the commit (decided while planning)
   */
  record Delivering(long fromSequence, RunCounts counts, boolean compactSnapshot) implements RunStep {}

  /**
   * Advancing the snapshot through the checkpoint {@code through}.
   *
   * @param deliveryStopped why the delivery ended before the last record, if it did: the run then
   *     fails once what was delivered is committed
   */
  record Committing(long through, RunCounts counts, boolean compactSnapshot, Optional<String> deliveryStopped)
      implements RunStep {}

  /** Ended: the state store holds the run's final status (or another holder owns it now). */
  record Finished(RunReport report) implements RunStep {
    @Override
    public RunCounts counts() {
      return report.counts();
    }
  }
}
