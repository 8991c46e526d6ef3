package dev.ebb.runtime.state;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-write state: runs and their transitions, checkpoints, per-record results, dead letters,
 * pause flags and leases. Every method is one short transaction.
 */
public interface StateStore extends StateReader, AutoCloseable {

  /** Queues a run. */
  Run createRun(NewRun run);

  /**
   * Moves a run to {@code to} and stamps the time of the move, atomically: when two callers race,
   * one wins and the other gets {@link IllegalRunTransitionException}. Reaching a final status
   * releases the lease.
   */
  Run transition(String runId, RunStatus to);

  /** Moves a run to failed with the error that stopped it. */
  Run fail(String runId, String error);

  /** Moves a run to cancelled with why. */
  Run cancel(String runId, String reason);

  /** Remembers the warehouse table holding the run's diff and the diff's counts. */
  Run recordPlan(String runId, String diffTable, RunCounts counts);

  /** Writes the run's checkpoint and counters in one transaction, after a settled batch. */
  Checkpoint checkpoint(String runId, long sequence, RunCounts counts);

  /**
   * Writes what settled batches left (per-record log, dead letters, pending keys) and the
   * checkpoint that covers them, in one transaction: the checkpoint never moves without them.
   */
  Checkpoint checkpoint(String runId, long sequence, RunCounts counts, SettledRecords settled);

  /** Appends to the per-record log in one transaction. */
  void recordResults(List<NewRecordResult> results);

  /** Deletes per-record results outside the policy; returns how many. */
  int purgeRecordResults(RetentionPolicy policy);

  /** Adds dead letters, or updates the existing one of the same sync and key (attempts + 1). */
  void deadLetter(List<NewDeadLetter> deadLetters);

  /** Marks the given dead letters retried; returns how many were open. */
  int markRetried(String sync, Collection<String> keys);

  /** Marks the given dead letters resolved (delivered on a later run, or dismissed). */
  int markResolved(String sync, Collection<String> keys);

  void addPendingFailedKeys(String runId, Collection<String> keys);

  SyncControl pause(String sync, String reason);

  SyncControl resume(String sync);

  /**
   * Claims the next run for a worker: an in-progress run whose lease expired (its worker died)
   * first, else the oldest queued run of a sync that is not paused and has no run in progress. Two
   * claimers never get the same run.
   */
  Optional<Run> claim(String workerId, Duration leaseTime);

  /** Extends a held lease; false when the worker lost it (expired and claimed by another). */
  boolean renewLease(String runId, String workerId, Duration leaseTime);

  /** Gives a run back, e.g. on graceful shutdown, so another worker may resume it at once. */
  void releaseLease(String runId, String workerId);

  @Override
  void close();
}
