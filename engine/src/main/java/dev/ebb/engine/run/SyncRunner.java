package dev.ebb.engine.run;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffGuards;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.mapping.RecordMapper;
import dev.ebb.engine.state.Checkpoint;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.ResumableRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StaleClaimException;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.warehouse.Warehouse;
import dev.ebb.engine.workspace.Destinations;
import dev.ebb.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sync through the run state machine persisted in the state store: queued → planning (checks, data tests,
 * guards, diff materialised in the warehouse) → delivering (batch after batch, each followed by a
 * checkpoint) → committing (snapshot advanced for accepted records only) → succeeded | failed.
 * Every step is persisted first, so a run killed at any point resumes from its last checkpoint.
 *
 * <p>A run executes under a {@link Lease} on its sync's claim, acquired before planning: every state
 * write carries the claim, so a holder whose lease lapsed and was taken over stops at its next
 * write without sending more, and reports {@link RunReport.Outcome#LOST_CLAIM}.
 */
public final class SyncRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);
  private static final String LEASE_LAPSED =
      "stopped without sending more: the lease on the sync's claim lapsed and could not be renewed";

  private final Workspace workspace;
  private final RunOptions options;
  private final RunProgress progress;

  public SyncRunner(Workspace workspace, RunOptions options, RunProgress progress) {
    this.workspace = workspace;
    this.options = options;
    this.progress = progress;
  }

  /** Queues and runs a new run of {@code sync}, under the lease on its claim. */
  public RunReport run(Sync sync, RunTrigger trigger, Lease lease) {
    StateStore state = workspace.state();
    if (state.syncControl(sync.name()).paused()) {
      return new RunReport(sync.name(), null, RunReport.Outcome.PAUSED, RunCounts.ZERO, Duration.ZERO,
          "paused: takes no new runs", "ebb resume " + sync.name());
    }
    Compilation compilation = workspace.compilation();
    String fingerprint = SyncDiffSpecs.fingerprint(sync, compilation.project(), compilation.analysis());
    Run run = state.createRun(new NewRun(sync.name(), trigger, options.fullRefresh(), workspace.git().commit(), fingerprint));
    return execute(sync, run, new Checkpoint(run.id(), 0, RunCounts.ZERO, run.queuedAt()), lease);
  }

  /**
   * Resumes a run a crash or kill left unfinished. A run whose sync definition changed since is
   * cancelled instead: its diff was planned under the old definition.
   */
  public RunReport resume(ResumableRun resumable, Lease lease) {
    Run run = resumable.run();
    Compilation compilation = workspace.compilation();
    Sync sync = compilation.project().sync(run.sync()).orElse(null);
    String fingerprint =
        sync == null || compilation.analysis().model(sync.model()).isEmpty()
            ? null
            : SyncDiffSpecs.fingerprint(sync, compilation.project(), compilation.analysis());
    if (sync == null || !fingerprint.equals(run.mappingFingerprint())) {
      try {
        workspace.state().cancel(lease.claim(), run.id(),
            "the sync's definition changed before the run could resume; the next run sends what is pending");
      } catch (StaleClaimException e) {
        return finish(lostClaim(run.sync(), run.id(), resumable.checkpoint().counts(), Duration.ZERO, e.getMessage()));
      }
      RunReport report = new RunReport(run.sync(), run.id(), RunReport.Outcome.CANCELLED, resumable.checkpoint().counts(),
          Duration.ZERO, "unfinished run cancelled: the sync's definition changed since it started", null);
      progress.finished(report);
      return report;
    }
    return execute(sync, run, resumable.checkpoint(), lease);
  }

  /**
   * Executes a run queued elsewhere (the scheduler) and claimed by a worker: a queued run starts,
   * an unfinished one resumes from its last checkpoint.
   */
  public RunReport execute(Run run, Lease lease) {
    Checkpoint checkpoint =
        workspace.state().checkpoint(run.id()).orElse(new Checkpoint(run.id(), 0, run.counts(), run.queuedAt()));
    return resume(new ResumableRun(run, checkpoint), lease);
  }

  private RunReport execute(Sync sync, Run run, Checkpoint checkpoint, Lease lease) {
    Instant started = workspace.clock().instant();
    StateStore state = workspace.state();
    SyncClaim claim = lease.claim();
    RunCounts counts = checkpoint.counts();
    try {
      Warehouse warehouse = workspace.warehouse();
      Compilation compilation = workspace.compilation();
      DiffSpec spec = SyncDiffSpecs.of(sync, compilation.project(), compilation.analysis(), warehouse.dialect(), tableSuffix(run.id()));
      DiffPlan plan = DiffPlanner.plan(spec, warehouse.dialect());
      RunStatus status = run.status();
      // Decided from the plan's checks; a run resumed after planning leaves it to the next run.
      boolean compactSnapshot = false;
      if (status == RunStatus.QUEUED || status == RunStatus.PLANNING) {
        if (status == RunStatus.QUEUED) {
          state.transition(claim, run.id(), RunStatus.PLANNING);
        }
        PlanResult planned;
        try (Connection connection = autoCommitting(warehouse.connection())) {
          DiffRunner runner = new DiffRunner(connection, plan);
          planned = plan(sync, run, claim, plan, runner, connection);
          if (planned.blocked() != null) {
            runner.cleanup();
          }
        }
        if (planned.blocked() != null) {
          state.fail(claim, run.id(), planned.blocked().message());
          return finish(planned.blocked().withDuration(elapsed(started)));
        }
        counts = planned.counts();
        compactSnapshot = planned.compactSnapshot();
        status = planned.toSend() > 0 ? RunStatus.DELIVERING : RunStatus.COMMITTING;
        state.transition(claim, run.id(), status);
      }
      // The snapshot advances only through the last durable checkpoint: on a resumed commit too,
      // and after a delivery that stopped early. Of the rows the mode does not send, only removed
      // keys are committed (dropped), and only where the mode upserts or updates by key.
      long commitThrough = checkpoint.sequence();
      String stopReason = null;
      if (status == RunStatus.DELIVERING) {
        Delivery delivery = deliver(sync, run, claim, plan, checkpoint.sequence(), counts);
        counts = delivery.counts();
        if (lease.lost()) {
          return finish(lostClaim(sync.name(), run.id(), counts, elapsed(started), LEASE_LAPSED));
        }
        if (delivery.report().status() == DeliveryReport.Status.INTERRUPTED) {
          return finish(new RunReport(sync.name(), run.id(), RunReport.Outcome.INTERRUPTED, counts, elapsed(started),
              "interrupted after a checkpoint; the next start resumes it", null));
        }
        commitThrough = Math.max(delivery.checkpointed(), 0);
        if (delivery.report().status() != DeliveryReport.Status.COMPLETED) {
          stopReason = delivery.report().stopReason();
        }
        state.transition(claim, run.id(), RunStatus.COMMITTING);
      }
      // The warehouse cannot check the claim: the holder proves it holds it right before the
      // commit. Should it stall for longer than the lease between this proof and the commit, its
      // successor resumes this same run, in committing, and commits the same rows through the same
      // checkpoint (no checkpoint moves once a run commits): the commit is idempotent. A later run
      // of the sync cannot start before this one ended, and a run ends only after dropping its diff
      // table, so a commit that stalled past all of that fails on the missing table (unless that run
      // failed in its own commit and kept the table: then the stale commit re-applies rows this run
      // had delivered, which sends them again on a later run). Nothing is sent after the delivery
      // ended, so no send can be duplicated here.
      lease.prove();
      try (Connection connection = autoCommitting(warehouse.connection())) {
        DiffRunner runner = new DiffRunner(connection, plan);
        runner.commit(commitThrough);
        // Before the cleanup: a run killed while compacting (rolled back) resumes with its commit.
        if (compactSnapshot) {
          compact(sync, runner);
        }
        runner.cleanup();
      }
      if (stopReason != null) {
        state.fail(claim, run.id(), stopReason);
        return finish(new RunReport(sync.name(), run.id(), RunReport.Outcome.FAILED, counts, elapsed(started),
            stopReason + "; what was delivered is committed, the rest stays pending", null));
      }
      if (counts.sent() > 0 && counts.succeeded() + counts.skipped() == 0) {
        // Delivered to the end, yet nothing arrived: not a success, whatever the transport said.
        String refused = "the destination accepted none of the " + counts.sent() + " records sent ("
            + counts.deadLettered() + " rejected and dead-lettered, " + counts.failed() + " failed)";
        state.fail(claim, run.id(), refused);
        return finish(new RunReport(sync.name(), run.id(), RunReport.Outcome.FAILED, counts, elapsed(started),
            refused + "; they stay pending", "see why: ebb runs show " + run.id()));
      }
      state.transition(claim, run.id(), RunStatus.SUCCEEDED);
      return finish(new RunReport(sync.name(), run.id(), RunReport.Outcome.SUCCEEDED, counts, elapsed(started), summary(counts), null));
    } catch (StaleClaimException e) {
      return finish(lostClaim(sync.name(), run.id(), counts, elapsed(started), e.getMessage()));
    } catch (SQLException | RuntimeException | DestinationException e) {
      if (lease.lost()) {
        return finish(lostClaim(sync.name(), run.id(), counts, elapsed(started), LEASE_LAPSED));
      }
      String message = message(e);
      failQuietly(state, claim, run.id(), message);
      return finish(new RunReport(sync.name(), run.id(), RunReport.Outcome.FAILED, counts, elapsed(started), message, null));
    }
  }

  /** The rewrite only saves later diffs time: one that fails leaves the snapshot as it was, and the run stands. */
  private static void compact(Sync sync, DiffRunner runner) {
    try {
      runner.compactSnapshot();
    } catch (SQLException | RuntimeException e) {
      LOG.warn("sync {}: the snapshot was not rewritten, a later run tries again: {}", sync.name(), message(e));
    }
  }

  private static Connection autoCommitting(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    return connection;
  }

  private record PlanResult(RunCounts counts, long toSend, boolean compactSnapshot, RunReport blocked) {}

  private record Delivery(DeliveryReport report, RunCounts counts, long checkpointed) {}

  private PlanResult plan(Sync sync, Run run, SyncClaim claim, DiffPlan plan, DiffRunner runner, Connection connection)
      throws SQLException {
    if (run.fullRefresh()) {
      runner.fullRefresh();
    }
    runner.setup();
    DiffCheckResult checks = runner.check();
    DiffGuards guards = new DiffGuards(sync.deleteSafety(), sync.changeSafety());
    List<GuardViolation> violations = new ArrayList<>(guards.beforeDiff(sync.name(), checks));
    List<String> testFailures = dataTests(sync, connection);
    if (!testFailures.isEmpty()) {
      return new PlanResult(RunCounts.ZERO, 0, false, blocked(sync, run, "data tests failed: " + String.join("; ", testFailures),
          "fix the model's data or its tests; nothing was sent"));
    }
    DiffCounts counts = null;
    if (violations.isEmpty() || violations.stream().allMatch(v -> v.kind().confirmable() && options.confirm())) {
      PlannedDiff diff = runner.plan(checks);
      counts = diff.counts();
      violations.addAll(guards.afterDiff(sync.name(), sync.mode(), diff, checks.snapshotRows()));
    }
    List<GuardViolation> stopping =
        violations.stream().filter(v -> !(v.kind().confirmable() && options.confirm())).toList();
    if (!stopping.isEmpty()) {
      boolean confirmable = stopping.stream().allMatch(v -> v.kind().confirmable());
      String hint = confirmable
          ? "if this is intended: ebb run --select " + sync.name() + " --confirm"
          : stopping.get(0).hint();
      return new PlanResult(RunCounts.ZERO, 0, false,
          blocked(sync, run, stopping.stream().map(GuardViolation::message).collect(Collectors.joining("; ")) + "; nothing was sent", hint));
    }
    RunCounts planned = RunCounts.planned(counts.added(), counts.changed(), counts.removed());
    long toSend = plan.sentOps().stream().mapToLong(counts::count).sum();
    planned = new RunCounts(toSend, planned.added(), planned.changed(), planned.removed(), 0, 0, 0, 0, 0);
    workspace.state().recordPlan(claim, run.id(), plan.tables().diff(), planned);
    String note = checks.mappingChanged(plan.fingerprint())
        ? "the mapping changed since the last delivery: every row is re-sent"
        : null;
    progress.planned(sync.name(), run.id(), planned, note);
    return new PlanResult(planned, toSend, runner.snapshotWantsCompaction(checks), null);
  }

  private static RunReport blocked(Sync sync, Run run, String message, String hint) {
    return new RunReport(sync.name(), run.id(), RunReport.Outcome.BLOCKED, RunCounts.ZERO, Duration.ZERO, message, hint);
  }

  /** Runs the model's YAML tests; each failing test as {@code name: N rows (e.g. a, b)}. */
  private List<String> dataTests(Sync sync, Connection connection) throws SQLException {
    Compilation compilation = workspace.compilation();
    var model = compilation.project().model(sync.model()).orElseThrow();
    var dialect = workspace.warehouse().dialect();
    var modelQuery = compilation.analysis().compiledSql().query(sync.model(), dialect);
    return DataTests.run(model, modelQuery, dialect, connection).stream()
        .filter(result -> !result.passed())
        .map(r -> r.name() + ": " + r.failing() + " rows (e.g. " + String.join(", ", r.samples()) + ")")
        .toList();
  }

  private Delivery deliver(Sync sync, Run run, SyncClaim claim, DiffPlan plan, long fromSequence, RunCounts counts)
      throws SQLException, DestinationException {
    Destinations.Open destination = workspace.destination(sync.destination());
    String primaryKey = SyncDiffSpecs.primaryKey(workspace.compilation().project(), sync).get(0);
    RecordMapper mapper = RecordMapper.forSync(sync, primaryKey);
    // The reading connection streams one query for the whole delivery: outside autocommit, so that
    // PostgreSQL's driver fetches rows in chunks instead of the whole result.
    try (ObjectWriter writer = destination.destination().open(ObjectBindings.of(sync, run.id(), workspace.compilation()));
        Connection reading = workspace.warehouse().connection();
        Connection recording = autoCommitting(workspace.warehouse().connection());
        DiffRecordSource source = new DiffRecordSource(new DiffRunner(reading, plan), fromSequence, options.pageSize(),
            sync.mode(), mapper, warehouseJson(plan, writer), sync.name(), plan.fingerprint())) {
      reading.setAutoCommit(false);
      RunRecorder recorder = new RunRecorder(workspace.state(), claim, new DiffRunner(recording, plan), source, run, counts,
          fromSequence, options.recordLog(), workspace.clock(), progress);
      DeliveryReport report = destination.engine().deliver(writer, source, recorder);
      return new Delivery(report, recorder.counts(), recorder.checkpointed());
    }
  }

  /**
   * Whether the warehouse builds each record's JSON: when it can write the mapping exactly and the
   * destination embeds the JSON as it is. Otherwise rows are mapped in Java.
   */
  private static boolean warehouseJson(DiffPlan plan, ObjectWriter writer) {
    return plan.readRecords() != null && writer.acceptsFieldsJson();
  }

  private RunReport finish(RunReport report) {
    progress.finished(report);
    // Housekeeping once the run is over: bounded, and it never fails the run.
    workspace.recordLogRetention().afterRun();
    return report;
  }

  private Duration elapsed(Instant started) {
    return Duration.between(started, workspace.clock().instant());
  }

  private static String summary(RunCounts counts) {
    if (counts.sent() == 0) {
      return "no changes to send";
    }
    String summary = counts.succeeded() + " of " + counts.sent() + " records accepted";
    if (counts.skipped() > 0) {
      summary += ", " + counts.skipped() + " skipped (no such record in the destination)";
    }
    if (counts.failed() + counts.deadLettered() > 0) {
      summary += ", " + (counts.failed() + counts.deadLettered()) + " not accepted (retried next run)";
    }
    return summary;
  }

  /** Run ids are ULIDs; lower-cased they make readable, portable table-name suffixes. */
  static String tableSuffix(String runId) {
    return runId.toLowerCase(Locale.ROOT);
  }

  /** The run goes on under the holder that took the sync over; this one sent nothing more. */
  private static RunReport lostClaim(String sync, String runId, RunCounts counts, Duration duration, String message) {
    return new RunReport(sync, runId, RunReport.Outcome.LOST_CLAIM, counts, duration,
        message + "; the new holder resumes the run from its last checkpoint", null);
  }

  private static void failQuietly(StateStore state, SyncClaim claim, String runId, String message) {
    try {
      state.fail(claim, runId, message);
    } catch (RuntimeException ignored) {
      // The run may already be final (e.g. failed while committing); the report still says why.
    }
  }

  private static String message(Exception e) {
    if (e instanceof SQLException sql) {
      return "warehouse error: " + firstLine(sql.getMessage());
    }
    if (e instanceof DestinationException) {
      return "destination error: " + firstLine(e.getMessage());
    }
    return firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
  }
}
