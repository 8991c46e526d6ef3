package dev.ebb.engine.run;

import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.engine.plan.PlanningResult;
import dev.ebb.engine.plan.SyncPlanning;
import dev.ebb.engine.run.RunStep.Committing;
import dev.ebb.engine.run.RunStep.Delivering;
import dev.ebb.engine.run.RunStep.Finished;
import dev.ebb.engine.run.RunStep.Planning;
import dev.ebb.engine.run.RunStep.Queued;
import dev.ebb.engine.state.Checkpoint;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunId;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.StaleClaimException;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one run from the status it is in to a terminal one, one {@link RunStep} at a time:
 *
 * <pre>
 * Queued ──▶ Planning ──┬─▶ Delivering ──▶ Committing ──▶ Finished (succeeded | failed)
 *                       ├─▶ Committing (nothing to send)
 *                       └─▶ Finished (blocked: data tests or guards; nothing sent)
 * any step ──▶ Finished (failed on an error; lost claim; interrupted after a checkpoint)
 * </pre>
 *
 * <p>{@link #run} loops until the step is {@link Finished}; {@link #next} is the only place a step
 * leads to another. Each transition is persisted before the work of the step it enters, so a run
 * killed anywhere resumes from its status and last checkpoint: planning again, delivering after
 * the checkpoint, or committing through it.
 *
 * <p>Guarantees kept along the way:
 * <ul>
 *   <li>Every state write carries the sync's claim: once another holder took the sync over, the
 *       write is refused and the run ends as {@link RunReport.Outcome#LOST_CLAIM}, sending nothing more.
 *   <li>The snapshot advances only through the last durable checkpoint, and only after the holder
 *       proved it still holds the claim; keys the destination did not accept never advance.
 *   <li>A run whose destination accepted none of the records it sent fails, whatever the transport said.
 *   <li>The diff tables are dropped when the run ends, blocked or committed.
 * </ul>
 */
final class RunMachine {

  private static final Logger LOG = LoggerFactory.getLogger(RunMachine.class);
  private static final String LEASE_LAPSED =
      "stopped without sending more: the lease on the sync's claim lapsed and could not be renewed";

  private final Workspace workspace;
  private final RunOptions options;
  private final RunProgress progress;
  private final Sync sync;
  private final Run run;
  private final Checkpoint checkpoint;
  private final Lease lease;
  private final DiffPlan plan;
  private final Instant started;

  RunMachine(Workspace workspace, RunOptions options, RunProgress progress, Sync sync, Run run, Checkpoint checkpoint,
      Lease lease, DiffPlan plan) {
    this.workspace = workspace;
    this.options = options;
    this.progress = progress;
    this.sync = sync;
    this.run = run;
    this.checkpoint = checkpoint;
    this.lease = lease;
    this.plan = plan;
    this.started = workspace.clock().instant();
  }

  /** Runs to a terminal step and reports it. */
  RunReport run() {
    RunStep step = resumeAt(run.status());
    while (!(step instanceof Finished)) {
      step = next(step);
    }
    return ((Finished) step).report();
  }

  /** The step of a run in {@code status}, as persisted: where a new or resumed run starts. */
  private RunStep resumeAt(RunStatus status) {
    return switch (status) {
      case QUEUED -> new Queued();
      case PLANNING -> new Planning();
      // Compaction is decided from the plan's checks; a run resumed after planning leaves it to the next run.
      case DELIVERING -> new Delivering(checkpoint.sequence(), checkpoint.counts(), false);
      case COMMITTING -> new Committing(checkpoint.sequence(), checkpoint.counts(), false, Optional.empty());
      case SUCCEEDED, FAILED, CANCELLED -> new Finished(report(RunReport.Outcome.FAILED, checkpoint.counts(),
          "the run already ended (" + status.code() + ")", null));
    };
  }

  /** The one transition function: does the work of {@code step} and returns the step it leads to. */
  private RunStep next(RunStep step) {
    try {
      if (step instanceof Queued) {
        state().transition(claim(), run.id(), RunStatus.PLANNING);
        return new Planning();
      }
      if (step instanceof Planning) {
        return plan();
      }
      if (step instanceof Delivering delivering) {
        return deliver(delivering);
      }
      if (step instanceof Committing committing) {
        return commit(committing);
      }
      return step;
    } catch (StaleClaimException e) {
      return new Finished(lostClaim(step.counts(), e.getMessage()));
    } catch (SQLException | RuntimeException | DestinationException e) {
      if (lease.lost()) {
        return new Finished(lostClaim(step.counts(), LEASE_LAPSED));
      }
      String message = RunMessages.of(e);
      failQuietly(message);
      return new Finished(report(RunReport.Outcome.FAILED, step.counts(), message, null));
    }
  }

  /** Plans the diff; a blocked plan drops its tables and fails the run, sending nothing. */
  private RunStep plan() throws SQLException {
    PlanningResult planned;
    try (Connection connection = autoCommitting(workspace.warehouse().connection())) {
      DiffRunner runner = new DiffRunner(connection, plan);
      planned = new SyncPlanning(workspace.compilation(), workspace.warehouse().dialect())
          .plan(sync, plan, runner, connection, run.fullRefresh(), options.confirm());
      if (planned.stops()) {
        runner.cleanup();
      }
    }
    Optional<PlanningResult.Stop> stop = planned.stop();
    if (stop.isPresent()) {
      state().fail(claim(), run.id(), stop.get().message());
      return new Finished(report(RunReport.Outcome.BLOCKED, RunCounts.ZERO, stop.get().message(), stop.get().hint()));
    }
    RunCounts counts = planned.runCounts();
    state().recordPlan(claim(), run.id(), plan.tables().diff(), counts);
    progress.planned(sync.name(), run.id(), counts,
        planned.mappingChanged() ? "the mapping changed since the last delivery: every row is re-sent" : null);
    if (planned.toSend() == 0) {
      state().transition(claim(), run.id(), RunStatus.COMMITTING);
      return new Committing(checkpoint.sequence(), counts, planned.compactionWanted(), Optional.empty());
    }
    state().transition(claim(), run.id(), RunStatus.DELIVERING);
    return new Delivering(checkpoint.sequence(), counts, planned.compactionWanted());
  }

  /**
   * Delivers after the checkpoint. A delivery that stopped early still commits what it checkpointed;
   * one interrupted, or whose lease lapsed, ends here and is resumed later (by this process or the
   * sync's new holder).
   */
  private RunStep deliver(Delivering step) throws SQLException, DestinationException {
    DiffDelivery.Result delivery = new DiffDelivery(workspace, options, progress)
        .deliver(sync, run, claim(), plan, step.fromSequence(), step.counts());
    RunCounts counts = delivery.counts();
    if (lease.lost()) {
      return new Finished(lostClaim(counts, LEASE_LAPSED));
    }
    if (delivery.report().status() == DeliveryReport.Status.INTERRUPTED) {
      return new Finished(report(RunReport.Outcome.INTERRUPTED, counts,
          "interrupted after a checkpoint; the next start resumes it", null));
    }
    Optional<String> stopped = delivery.report().status() == DeliveryReport.Status.COMPLETED
        ? Optional.empty()
        : Optional.of(delivery.report().stopReason());
    state().transition(claim(), run.id(), RunStatus.COMMITTING);
    return new Committing(Math.max(delivery.checkpointed(), 0), counts, step.compactSnapshot(), stopped);
  }

  /**
   * Advances the snapshot through the checkpoint, then ends the run. Of the rows the mode does not
   * send, only removed keys are committed (dropped), and only where the mode upserts or updates by key.
   */
  private RunStep commit(Committing step) throws SQLException {
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
    try (Connection connection = autoCommitting(workspace.warehouse().connection())) {
      DiffRunner runner = new DiffRunner(connection, plan);
      runner.commit(step.through());
      // Before the cleanup: a run killed while compacting (rolled back) resumes with its commit.
      if (step.compactSnapshot()) {
        compact(runner);
      }
      runner.cleanup();
    }
    RunCounts counts = step.counts();
    if (step.deliveryStopped().isPresent()) {
      String reason = step.deliveryStopped().get();
      state().fail(claim(), run.id(), reason);
      return new Finished(report(RunReport.Outcome.FAILED, counts,
          reason + "; what was delivered is committed, the rest stays pending", null));
    }
    if (counts.sent() > 0 && counts.succeeded() + counts.skipped() == 0) {
      // Delivered to the end, yet nothing arrived: not a success, whatever the transport said.
      String refused = "the destination accepted none of the " + counts.sent() + " records sent ("
          + counts.deadLettered() + " rejected and dead-lettered, " + counts.failed() + " failed)";
      state().fail(claim(), run.id(), refused);
      return new Finished(report(RunReport.Outcome.FAILED, counts, refused + "; they stay pending",
          "see why: ebb runs show " + run.id()));
    }
    state().transition(claim(), run.id(), RunStatus.SUCCEEDED);
    return new Finished(report(RunReport.Outcome.SUCCEEDED, counts, RunMessages.summary(counts), null));
  }

  /** The rewrite only saves later diffs time: one that fails leaves the snapshot as it was, and the run stands. */
  private void compact(DiffRunner runner) {
    try {
      runner.compactSnapshot();
    } catch (SQLException | RuntimeException e) {
      LOG.warn("sync {}: the snapshot was not rewritten, a later run tries again: {}", sync.name(), RunMessages.of(e));
    }
  }

  private RunReport report(RunReport.Outcome outcome, RunCounts counts, String message, String hint) {
    return RunReport.of(sync.name(), RunId.of(run.id()), outcome, counts, Duration.between(started, workspace.clock().instant()),
        message, hint);
  }

  /** The run goes on under the holder that took the sync over; this one sent nothing more. */
  private RunReport lostClaim(RunCounts counts, String message) {
    return report(RunReport.Outcome.LOST_CLAIM, counts,
        message + "; the new holder resumes the run from its last checkpoint", null);
  }

  private void failQuietly(String message) {
    try {
      state().fail(claim(), run.id(), message);
    } catch (RuntimeException ignored) {
      // The run may already be final (e.g. failed while committing); the report still says why.
    }
  }

  private StateStore state() {
    return workspace.state();
  }

  private SyncClaim claim() {
    return lease.claim();
  }

  static Connection autoCommitting(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    return connection;
  }
}
