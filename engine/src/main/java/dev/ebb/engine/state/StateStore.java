package dev.ebb.engine.state;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Read-write state: runs and their transitions, checkpoints, per-record results, dead letters,
 * pause flags and the claims that make one process at a time execute a sync's runs. Every method is one short transaction.
 */
public interface StateStore extends StateReader, AutoCloseable {

  /** Queues a run. */
  Run createRun(NewRun run);

  /*
   * Every write of a run below carries the claim on the run's sync it is made under, and fails
   * with StaleClaimException when that claim is no longer the sync's current one: a holder whose
   * lease lapsed and was taken over can change nothing any more.
   */

  /**
   * Moves a run to {@code to} and stamps the time of the move, atomically: when two callers race,
   * one wins and the other gets {@link IllegalRunTransitionException}.
   */
  Run transition(SyncClaim claim, String runId, RunStatus to);

  /** Moves a run to failed with the error that stopped it. */
  Run fail(SyncClaim claim, String runId, String error);

  /** Moves a run to cancelled with why. */
  Run cancel(SyncClaim claim, String runId, String reason);

  /** Remembers the warehouse table holding the run's diff and the diff's counts. */
  Run recordPlan(SyncClaim claim, String runId, String diffTable, RunCounts counts);

  /** Writes the run's checkpoint and counters in one transaction, after a settled batch. */
  Checkpoint checkpoint(SyncClaim claim, String runId, long sequence, RunCounts counts);

  /**
   * Writes what settled batches left (per-record log, dead letters) and the
   * checkpoint that covers them, in one transaction: the checkpoint never moves without them.
   */
  Checkpoint checkpoint(SyncClaim claim, String runId, long sequence, RunCounts counts, SettledRecords settled);

  /** Appends to the per-record log in one transaction. */
  void recordResults(List<NewRecordResult> results);

  /**
   * Deletes the per-record log of at most {@code maxRuns} runs the policy no longer keeps, oldest
   * first, in one short transaction: a purge is cheap however far behind it is.
   */
  RecordLogPurge purgeRecordResults(RetentionPolicy policy, int maxRuns);

  /** Adds dead letters, or updates the existing one of the same sync and key (attempts + 1). */
  void deadLetter(List<NewDeadLetter> deadLetters);

  /** Marks the given dead letters retried; returns how many were open. */
  int markRetried(String sync, Collection<String> keys);

  /** Marks the given dead letters resolved (delivered on a later run, or dismissed). */
  int markResolved(String sync, Collection<String> keys);

  SyncControl pause(String sync, String reason);

  SyncControl resume(String sync);

  /**
   * Changes a destination's shared control state atomically across every process using this store:
   * {@code change} gets the current state (or {@link DestinationControl#initial}) and returns the
   * next, while concurrent changes wait. It runs once, inside the transaction: keep it short.
   */
  DestinationControl updateDestinationControl(String destination, UnaryOperator<DestinationControl> change);

  /**
   * Claims {@code sync} for {@code holder} for {@code lease}, unless another holder's claim has yet
   * to lapse. The claim acquired carries a fencing token greater than any earlier claim's.
   */
  ClaimAttempt claimSync(String sync, ClaimHolder holder, Duration lease);

  /**
   * Claims the next run for a worker, with its sync: an in-progress run whose sync's claim lapsed
   * (its holder died) first, else the oldest queued run of a sync that is not paused, has no run in
   * progress and no held claim. Two claimants never get the same run, nor runs of one sync.
   */
  Optional<ClaimedRun> claim(ClaimHolder holder, Duration lease);

  /** Extends a claim by {@code lease} from now; false when it was lost (taken over or released). */
  boolean renewClaim(SyncClaim claim, Duration lease);

  /** Gives a sync's claim back, so that another claimant may take the sync at once. */
  void releaseClaim(SyncClaim claim);

  @Override
  void close();
}
