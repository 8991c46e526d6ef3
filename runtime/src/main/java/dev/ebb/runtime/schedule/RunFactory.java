package dev.ebb.runtime.schedule;

import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.RunTrigger;

/** What the scheduler queues for a sync: the run with its git commit and mapping fingerprint. */
@FunctionalInterface
public interface RunFactory {

  NewRun newRun(Sync sync, RunTrigger trigger);
}
