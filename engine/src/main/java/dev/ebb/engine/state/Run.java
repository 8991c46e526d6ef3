package dev.ebb.engine.state;

import java.time.Instant;
import java.util.Optional;

/**
 * One execution of one sync, as persisted. Nullable components are those a run only gains as it
 * advances (a diff table, a transition's timestamp, an error, a lease).
 *
 * @param id sortable by creation time (a ULID)
 * @param diffTable the warehouse table holding this run's materialised diff, once planned
 * @param finishedAt when the run reached succeeded, failed or cancelled
 * @param leaseWorker the holder of the sync's claim while it executes this run, if any
 */
public record Run(
    String id,
    String sync,
    RunStatus status,
    RunTrigger trigger,
    boolean fullRefresh,
    String gitCommit,
    String mappingFingerprint,
    String diffTable,
    Instant queuedAt,
    Instant planningAt,
    Instant deliveringAt,
    Instant committingAt,
    Instant finishedAt,
    RunCounts counts,
    String error,
    String leaseWorker,
    Instant leaseExpiresAt) {

  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  public Optional<String> diffTableName() {
    return Optional.ofNullable(diffTable);
  }
}
