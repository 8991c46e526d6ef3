package dev.ebb.engine.run;

import dev.ebb.engine.delivery.DeliveryListener.WaitKind;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SyncClaim;
import java.time.Duration;

/** What a run tells the terminal (or the live view) as it goes. Calls may come from any thread. */
public interface RunProgress {

  RunProgress NONE = new RunProgress() {};

  /** Another process holds the sync's claim: the run waits for it. */
  default void waiting(String sync, SyncClaim holder) {}

  default void planned(String sync, String runId, RunCounts counts, String note) {}

  default void delivered(String sync, String runId, RunCounts counts) {}

  default void finished(RunReport report) {}

  /** A batch of {@code records} settled after {@code attempts} write calls (for metrics). */
  default void batchSettled(String sync, String runId, int records, int attempts) {}

  /** The delivery paused before a request (for metrics). */
  default void waited(String sync, WaitKind kind, Duration duration) {}
}
