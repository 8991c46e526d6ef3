package dev.ebb.runtime.schedule;

import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.run.RunReport;

/**
 * Executes a claimed run to its end under the lease on its sync, or until the calling thread is
 * interrupted (then it checkpoints and returns). In production {@code SyncRunner::execute}.
 */
@FunctionalInterface
public interface RunExecutor {

  RunReport execute(Run run, Lease lease);
}
