package dev.ebb.engine.run;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.Checkpoint;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.ResumableRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunId;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StaleClaimException;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.workspace.Workspace;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts, resumes and executes runs of a sync: queues a new run, cancels one whose sync changed
 * since it started, and hands the others to a {@link RunMachine}, which takes a run from queued
 * through planning, delivering and committing to succeeded or failed, persisting every step, so
 * that a run killed at any point resumes from its last checkpoint.
 *
 * <p>A run executes under a {@link Lease} on its sync's claim, acquired before planning: every state
 * write carries the claim, so a holder whose lease lapsed and was taken over stops at its next
 * write without sending more, and reports {@link RunReport.Outcome#LOST_CLAIM}.
 */
public final class SyncRunner {

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
      return RunReport.notRun(sync.name(), RunReport.Outcome.PAUSED, "paused: takes no new runs", "ebb resume " + sync.name());
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
    Optional<Sync> unchanged = compilation.project().sync(run.sync())
        .filter(sync -> compilation.analysis().model(sync.model()).isPresent())
        .filter(sync -> SyncDiffSpecs.fingerprint(sync, compilation.project(), compilation.analysis())
            .equals(run.mappingFingerprint()));
    if (unchanged.isEmpty()) {
      try {
        workspace.state().cancel(lease.claim(), run.id(),
            "the sync's definition changed before the run could resume; the next run sends what is pending");
      } catch (StaleClaimException e) {
        return finish(lostClaim(run.sync(), run.id(), resumable.checkpoint().counts(), e.getMessage()));
      }
      RunReport report = RunReport.of(run.sync(), RunId.of(run.id()), RunReport.Outcome.CANCELLED, resumable.checkpoint().counts(),
          Duration.ZERO, "unfinished run cancelled: the sync's definition changed since it started", null);
      progress.finished(report);
      return report;
    }
    return execute(unchanged.get(), run, resumable.checkpoint(), lease);
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
    RunReport report;
    try {
      Compilation compilation = workspace.compilation();
      Dialect dialect = workspace.warehouse().dialect();
      DiffPlan plan = DiffPlanner.plan(
          SyncDiffSpecs.of(sync, compilation.project(), compilation.analysis(), dialect, RunId.of(run.id()).tableSuffix()), dialect);
      report = new RunMachine(workspace, options, progress, sync, run, checkpoint, lease, plan).run();
    } catch (RuntimeException e) {
      // The sync's statements could not be built: nothing ran.
      String message = RunMessages.of(e);
      failQuietly(lease, run.id(), message);
      report = RunReport.of(sync.name(), RunId.of(run.id()), RunReport.Outcome.FAILED, checkpoint.counts(), Duration.ZERO,
          message, null);
    }
    return finish(report);
  }

  private RunReport finish(RunReport report) {
    progress.finished(report);
    // Housekeeping once the run is over: bounded, and it never fails the run.
    workspace.recordLogRetention().afterRun();
    return report;
  }

  /** The run goes on under the holder that took the sync over; this one sent nothing more. */
  private static RunReport lostClaim(String sync, String runId, RunCounts counts, String message) {
    return RunReport.of(sync, RunId.of(runId), RunReport.Outcome.LOST_CLAIM, counts, Duration.ZERO,
        message + "; the new holder resumes the run from its last checkpoint", null);
  }

  private void failQuietly(Lease lease, String runId, String message) {
    try {
      workspace.state().fail(lease.claim(), runId, message);
    } catch (RuntimeException ignored) {
      // The run may already be final; the report still says why.
    }
  }
}
