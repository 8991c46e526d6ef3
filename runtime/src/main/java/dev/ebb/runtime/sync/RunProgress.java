package dev.ebb.runtime.sync;

import dev.ebb.runtime.state.RunCounts;

/** What a run tells the terminal (or the live view) as it goes. Calls may come from any thread. */
public interface RunProgress {

  RunProgress NONE = new RunProgress() {};

  default void planned(String sync, String runId, RunCounts counts, String note) {}

  default void delivered(String sync, String runId, RunCounts counts) {}

  default void finished(RunReport report) {}
}
