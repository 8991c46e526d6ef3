package dev.ebb.engine.state;

import java.util.List;
import java.util.Optional;

/**
 * Read-only access to run history and control state: what {@code ebb runs}, the status site and
 * the JSON API use. Reads never block a writer (SQLite runs in WAL mode).
 */
public interface StateReader {

  Optional<Run> run(String runId);

  /** The most recent runs, newest first; of one sync when {@code sync} is not null. */
  List<Run> runs(String sync, int limit);

  Optional<Run> lastRun(String sync);

  /** Runs left in planning, delivering or committing, oldest first, with where to resume them. */
  List<ResumableRun> unfinishedRuns();

  /** Queued runs of a sync, oldest first. */
  List<Run> queuedRuns(String sync);

  /** The sync's claim while one is held (it may have lapsed without being taken over yet). */
  Optional<SyncClaim> syncClaim(String sync);

  Optional<Checkpoint> checkpoint(String runId);

  /** The per-record log of a run in the order it was written. */
  List<RecordResult> recordResults(String runId, int offset, int limit);

  /** Open dead letters of a sync, oldest first. */
  List<DeadLetter> openDeadLetters(String sync);

  /** Dead letters of a sync in any status, newest first. */
  List<DeadLetter> deadLetters(String sync, int limit);

  SyncControl syncControl(String sync);

  /** Every paused sync, by name. */
  List<SyncControl> pausedSyncs();

  /** A destination's shared rate time line and circuit, as every worker sees them. */
  DestinationControl destinationControl(String destination);
}
