package dev.ebb.engine.state;

import java.util.Objects;

/**
 * What is known of a run when it is queued.
 *
 * @param gitCommit the project's commit, or null outside git
 * @param mappingFingerprint the fingerprint of the sync's mapping, or null when not yet compiled
 */
public record NewRun(
    String sync, RunTrigger trigger, boolean fullRefresh, String gitCommit, String mappingFingerprint) {

  public NewRun {
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(trigger, "trigger");
  }
}
