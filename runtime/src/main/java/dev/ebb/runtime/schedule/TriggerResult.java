package dev.ebb.runtime.schedule;

import dev.ebb.engine.state.Run;
import java.util.Optional;

/**
 * What a trigger did.
 *
 * @param run the queued run, or the queued/in-progress run a trigger was coalesced into; null
 *     otherwise
 */
public record TriggerResult(String sync, Outcome outcome, Run run) {

  public enum Outcome {
    QUEUED,
    /** A run of the sync is already queued or in progress: no second one. */
    COALESCED,
    /** The sync is paused: it takes no new runs. */
    PAUSED,
    UNKNOWN_SYNC
  }

  public Optional<Run> queuedOrActive() {
    return Optional.ofNullable(run);
  }
}
