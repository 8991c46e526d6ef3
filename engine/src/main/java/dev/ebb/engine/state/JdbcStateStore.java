package dev.ebb.engine.state;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The state store over JDBC: SQLite or PostgreSQL, chosen by the URL. Opening migrates the schema
 * with Flyway. Timestamps come from the injected clock and are stored as epoch milliseconds.
 */
public final class JdbcStateStore implements StateStore {

  private static final String IN_PROGRESS = "('planning', 'delivering', 'committing')";

  private final HikariDataSource pool;
  private final StateDatabase database;
  private final Jdbc jdbc;
  private final Clock clock;
  private final RunIds ids;

  private JdbcStateStore(HikariDataSource pool, StateDatabase database, Clock clock) {
    this.pool = pool;
    this.database = database;
    this.jdbc = new Jdbc(pool);
    this.clock = clock;
    this.ids = new RunIds(clock);
  }

  /** Connects, migrates the schema to the latest version and returns the store. */
  public static JdbcStateStore open(StateConfig config, Clock clock) {
    StateDatabase database =
        StateDatabase.forUrl(config.url())
            .orElseThrow(
                () ->
                    new StateStoreException(
                        "unsupported state store URL " + config.url()
                            + " (use jdbc:sqlite:<file> or jdbc:postgresql://...)"));
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(database.poolConfig(config));
    } catch (StateStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      // The pool tries one connection at once and fails with the driver's answer (a refused
      // password, an unknown database): that answer is the message, not a pool timeout.
      throw new StateStoreException("cannot open the state store at " + config.url() + ": " + driverMessage(e), e);
    }
    try {
      var flyway = Flyway.configure().dataSource(pool).locations(database.migrations());
      if (config.schema() != null) {
        flyway.schemas(config.schema()).defaultSchema(config.schema());
      }
      migrate(flyway.load());
    } catch (FlywayException e) {
      pool.close();
      throw new StateStoreException("cannot migrate the state store: " + e.getMessage(), e);
    }
    return new JdbcStateStore(pool, database, clock);
  }

  /**
   * Migrates; once more after a failure, which is what a second process starting on the same new
   * store at the same moment gets (SQLite has no lock for Flyway to take): by then the first one
   * migrated it, and there is nothing left to do.
   */
  private static void migrate(Flyway flyway) {
    try {
      flyway.migrate();
    } catch (FlywayException first) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw first;
      }
      flyway.migrate();
    }
  }

  /** The innermost SQL error's message (the server's own words), else the innermost message. */
  private static String driverMessage(Throwable e) {
    String message = e.getMessage();
    String sql = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        if (t instanceof java.sql.SQLException) {
          sql = t.getMessage();
        }
      }
    }
    String text = (sql != null ? sql : String.valueOf(message)).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  @Override
  public Run createRun(NewRun run) {
    String id = ids.next();
    return jdbc.write(
        c -> {
          Jdbc.update(
              c,
              "INSERT INTO runs (id, sync, status, run_trigger, full_refresh, git_commit,"
                  + " mapping_fingerprint, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              id,
              run.sync(),
              RunStatus.QUEUED.code(),
              run.trigger().code(),
              run.fullRefresh(),
              run.gitCommit(),
              run.mappingFingerprint(),
              now().toEpochMilli());
          return load(c, id);
        });
  }

  @Override
  public Run transition(SyncClaim claim, String runId, RunStatus to) {
    return move(claim, runId, to, null);
  }

  @Override
  public Run fail(SyncClaim claim, String runId, String error) {
    return move(claim, runId, RunStatus.FAILED, error);
  }

  @Override
  public Run cancel(SyncClaim claim, String runId, String reason) {
    return move(claim, runId, RunStatus.CANCELLED, reason);
  }

  private Run move(SyncClaim claim, String runId, RunStatus to, String error) {
    return jdbc.write(
        c -> {
          ClaimRows.fence(c, claim, runId, to.isTerminal());
          Run current = load(c, runId);
          if (!current.status().canMoveTo(to)) {
            throw new IllegalRunTransitionException(runId, current.status(), to);
          }
          // Compare-and-set on the status read above: a concurrent move makes this one fail.
          int moved =
              Jdbc.update(
                  c,
                  "UPDATE runs SET status = ?, " + RunRows.stampColumn(to) + " = ?,"
                      + " error = COALESCE(?, error)"
                      + " WHERE id = ? AND status = ?",
                  to.code(),
                  now().toEpochMilli(),
                  error,
                  runId,
                  current.status().code());
          if (moved == 0) {
            throw new IllegalRunTransitionException(runId, load(c, runId).status(), to);
          }
          return load(c, runId);
        });
  }

  @Override
  public Run recordPlan(SyncClaim claim, String runId, String diffTable, RunCounts counts) {
    return jdbc.write(
        c -> {
          ClaimRows.fence(c, claim, runId, false);
          Jdbc.update(
              c,
              "UPDATE runs SET diff_table = ?, planned = ?, added = ?, changed = ?, removed = ?"
                  + " WHERE id = ?",
              diffTable,
              counts.planned(),
              counts.added(),
              counts.changed(),
              counts.removed(),
              runId);
          return load(c, runId);
        });
  }

  @Override
  public Checkpoint checkpoint(SyncClaim claim, String runId, long sequence, RunCounts counts) {
    return checkpoint(claim, runId, sequence, counts, SettledRecords.NONE);
  }

  @Override
  public Checkpoint checkpoint(SyncClaim claim, String runId, long sequence, RunCounts counts, SettledRecords settled) {
    Instant at = now();
    return jdbc.write(
        c -> {
          ClaimRows.fence(c, claim, runId, false);
          if (!settled.results().isEmpty()) {
            RecordLog.append(c, settled.results());
          }
          if (!settled.deadLetters().isEmpty()) {
            DeliveryLog.deadLetter(c, settled.deadLetters(), at);
          }
          return checkpoint(c, runId, sequence, counts, at);
        });
  }

  private static Checkpoint checkpoint(Connection c, String runId, long sequence, RunCounts counts, Instant at)
      throws SQLException {
    Object[] values = RunRows.countValues(counts);
    Jdbc.update(
        c,
        "INSERT INTO checkpoints (run_id, sequence, " + RunRows.COUNT_COLUMNS + ", at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET"
            + " sequence = excluded.sequence, planned = excluded.planned,"
            + " added = excluded.added, changed = excluded.changed,"
            + " removed = excluded.removed, sent = excluded.sent,"
            + " succeeded = excluded.succeeded, failed = excluded.failed,"
            + " dead_lettered = excluded.dead_lettered, skipped = excluded.skipped,"
            + " at = excluded.at",
        RunRows.concat(new Object[] {runId, sequence}, RunRows.concat(values, at.toEpochMilli())));
    Jdbc.update(
        c,
        "UPDATE runs SET planned = ?, added = ?, changed = ?, removed = ?, sent = ?,"
            + " succeeded = ?, failed = ?, dead_lettered = ?, skipped = ? WHERE id = ?",
        RunRows.concat(values, runId));
    return new Checkpoint(runId, sequence, counts, at);
  }

  @Override
  public void recordResults(List<NewRecordResult> results) {
    if (!results.isEmpty()) {
      jdbc.write(
          c -> {
            RecordLog.append(c, results);
            return null;
          });
    }
  }

  @Override
  public RecordLogPurge purgeRecordResults(RetentionPolicy policy, int maxRuns) {
    return jdbc.write(c -> RecordLog.purge(c, policy, maxRuns, now()));
  }

  @Override
  public void deadLetter(List<NewDeadLetter> deadLetters) {
    if (!deadLetters.isEmpty()) {
      jdbc.write(
          c -> {
            DeliveryLog.deadLetter(c, deadLetters, now());
            return null;
          });
    }
  }

  @Override
  public int markRetried(String sync, Collection<String> keys) {
    return jdbc.write(
        c -> DeliveryLog.setStatus(c, sync, keys, "status = 'open'", DeadLetterStatus.RETRIED));
  }

  @Override
  public int markResolved(String sync, Collection<String> keys) {
    return jdbc.write(
        c -> DeliveryLog.setStatus(c, sync, keys, "status <> 'resolved'", DeadLetterStatus.RESOLVED));
  }

  @Override
  public SyncControl pause(String sync, String reason) {
    return jdbc.write(c -> SyncControls.set(c, sync, true, reason, now()));
  }

  @Override
  public SyncControl resume(String sync) {
    return jdbc.write(c -> SyncControls.set(c, sync, false, null, now()));
  }

  @Override
  public DestinationControl updateDestinationControl(
      String destination, UnaryOperator<DestinationControl> change) {
    return jdbc.write(c -> DestinationControls.update(c, destination, change, database.updateLock(), now()));
  }

  @Override
  public ClaimAttempt claimSync(String sync, ClaimHolder holder, Duration lease) {
    return jdbc.write(c -> ClaimRows.acquire(c, sync, holder, now(), lease));
  }

  @Override
  public Optional<ClaimedRun> claim(ClaimHolder holder, Duration lease) {
    return jdbc.write(
        c -> {
          Instant now = now();
          long at = now.toEpochMilli();
          String free = " NOT EXISTS (SELECT 1 FROM sync_claims c WHERE c.sync = r.sync AND " + ClaimRows.HELD + ")";
          Optional<Run> candidate =
              Jdbc.one(
                  c,
                  selectRuns("WHERE" + free + " AND (r.status IN " + IN_PROGRESS + " OR (r.status = 'queued'"
                      + " AND NOT EXISTS (SELECT 1 FROM sync_controls p WHERE p.sync = r.sync AND p.paused = ?)"
                      + " AND NOT EXISTS (SELECT 1 FROM runs o WHERE o.sync = r.sync AND o.id <> r.id"
                      + " AND o.status IN " + IN_PROGRESS + "))) ORDER BY CASE WHEN r.status = 'queued'"
                      + " THEN 1 ELSE 0 END, r.queued_at, r.id LIMIT 1" + database.claimLock()),
                  RunRows::run,
                  at,
                  true);
          if (candidate.isEmpty()) {
            return Optional.<ClaimedRun>empty();
          }
          ClaimAttempt attempt = ClaimRows.acquire(c, candidate.get().sync(), holder, now, lease);
          if (!attempt.acquired()) {
            return Optional.<ClaimedRun>empty();
          }
          ClaimRows.fence(c, attempt.claim(), candidate.get().id(), false);
          return Optional.of(new ClaimedRun(load(c, candidate.get().id()), attempt.claim()));
        });
  }

  @Override
  public boolean renewClaim(SyncClaim claim, Duration lease) {
    Instant expires = now().plus(lease);
    return jdbc.write(c -> ClaimRows.renew(c, claim, expires));
  }

  @Override
  public void releaseClaim(SyncClaim claim) {
    jdbc.write(
        c -> {
          ClaimRows.release(c, claim);
          return null;
        });
  }

  // --- reads

  @Override
  public Optional<Run> run(String runId) {
    return jdbc.read(c -> Jdbc.one(c, selectRuns("WHERE r.id = ?"), RunRows::run, runId));
  }

  @Override
  public List<Run> runs(String sync, int limit) {
    return jdbc.read(
        c ->
            sync == null
                ? Jdbc.list(c, selectRuns("ORDER BY r.queued_at DESC, r.id DESC LIMIT ?"), RunRows::run, limit)
                : Jdbc.list(
                    c,
                    selectRuns("WHERE r.sync = ? ORDER BY r.queued_at DESC, r.id DESC LIMIT ?"),
                    RunRows::run,
                    sync,
                    limit));
  }

  @Override
  public Optional<Run> lastRun(String sync) {
    return runs(sync, 1).stream().findFirst();
  }

  @Override
  public List<ResumableRun> unfinishedRuns() {
    return jdbc.read(
        c ->
            Jdbc.list(
                c,
                selectRuns("WHERE r.status IN " + IN_PROGRESS + " ORDER BY r.queued_at, r.id"),
                RunRows::run))
        .stream()
        .map(run -> new ResumableRun(run, checkpoint(run.id()).orElse(
            new Checkpoint(run.id(), 0, run.counts(), run.queuedAt()))))
        .toList();
  }

  @Override
  public List<Run> queuedRuns(String sync) {
    return jdbc.read(
        c -> Jdbc.list(c, selectRuns("WHERE r.sync = ? AND r.status = 'queued' ORDER BY r.queued_at, r.id"),
            RunRows::run, sync));
  }

  @Override
  public Optional<SyncClaim> syncClaim(String sync) {
    return jdbc.read(c -> ClaimRows.held(c, sync));
  }

  @Override
  public Optional<Checkpoint> checkpoint(String runId) {
    return jdbc.read(
        c -> Jdbc.one(c, "SELECT * FROM checkpoints WHERE run_id = ?", RunRows::checkpoint, runId));
  }

  @Override
  public List<RecordResult> recordResults(String runId, int offset, int limit) {
    return jdbc.read(c -> RecordLog.read(c, runId, offset, limit));
  }

  @Override
  public List<DeadLetter> openDeadLetters(String sync) {
    return jdbc.read(c -> DeliveryLog.deadLetters(c, sync, DeadLetterStatus.OPEN));
  }

  @Override
  public List<DeadLetter> deadLetters(String sync, int limit) {
    return jdbc.read(c -> DeliveryLog.deadLetters(c, sync, limit));
  }

  @Override
  public SyncControl syncControl(String sync) {
    return jdbc.read(c -> SyncControls.read(c, sync));
  }

  @Override
  public List<SyncControl> pausedSyncs() {
    return jdbc.read(SyncControls::paused);
  }

  @Override
  public DestinationControl destinationControl(String destination) {
    return jdbc.read(c -> DestinationControls.read(c, destination));
  }

  @Override
  public void close() {
    pool.close();
  }

  private Instant now() {
    return clock.instant();
  }

  private static String selectRuns(String rest) {
    return "SELECT " + RunRows.RUN_COLUMNS + " FROM runs r LEFT JOIN sync_claims lease ON lease.run_id = r.id"
        + " AND lease.holder IS NOT NULL " + rest;
  }

  private static Run load(Connection c, String runId) throws SQLException {
    return Jdbc.one(c, selectRuns("WHERE r.id = ?"), RunRows::run, runId)
        .orElseThrow(() -> new StateStoreException("no run " + runId));
  }
}
