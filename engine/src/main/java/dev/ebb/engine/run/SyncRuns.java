package dev.ebb.engine.run;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.ResumableRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StaleClaimException;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncBusyException;
import dev.ebb.engine.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ebb run} and {@code ebb retry}: runs the selected syncs, each after the syncs it names in
 * {@code after:} (when both are selected), independent syncs in parallel so that a slow destination
 * does not hold up the others.
 *
 * <p>Each sync is claimed first, through the state store, so that no other process ({@code ebb
 * run}, a serve worker, {@code ebb worker}) executes it meanwhile: a sync another process holds is
 * waited for up to the configured time, then reported {@link RunReport.Outcome#BUSY} and not run.
 * Holding the claim, it resumes the sync's unfinished runs (a crash or kill left them), cancels its
 * queued ones (this run supersedes them) and runs it once.
 */
public final class SyncRuns {

  private final Workspace workspace;
  private final RunProgress progress;
  private final SyncRunner runner;
  private final int parallelism;
  private final Leases leases;
  private final Duration wait;

  /**
   * @param leases claims syncs for this process
   * @param wait how long to wait for a sync another process holds (zero: not at all)
   */
  public SyncRuns(
      Workspace workspace, RunOptions options, RunProgress progress, int parallelism, Leases leases, Duration wait) {
    this.workspace = workspace;
    this.progress = progress;
    this.runner = new SyncRunner(workspace, options, progress);
    this.parallelism = Math.max(1, parallelism);
    this.leases = leases;
    this.wait = wait;
  }

  /**
   * Runs each sync once, in dependency waves; interrupting the calling thread stops them all.
   *
   * @return per sync, the reports of its resumed runs and then of its new run
   */
  public List<RunReport> run(List<Sync> selected, RunTrigger trigger) throws InterruptedException {
    Map<String, List<RunReport>> done = new LinkedHashMap<>();
    Map<String, Sync> remaining = new LinkedHashMap<>();
    selected.forEach(s -> remaining.put(s.name(), s));
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread thread = new Thread(r, "ebb-sync");
      thread.setDaemon(true);
      return thread;
    });
    try {
      while (!remaining.isEmpty()) {
        List<Sync> wave = remaining.values().stream().filter(s -> ready(s, remaining)).toList();
        if (wave.isEmpty()) {
          // Validation rejects after: cycles, so this cannot happen; run the rest rather than hang.
          wave = List.copyOf(remaining.values());
        }
        Map<String, Future<List<RunReport>>> futures = new LinkedHashMap<>();
        for (Sync sync : wave) {
          remaining.remove(sync.name());
          String upstream = upstream(sync);
          RunReport blocker = upstream == null || !done.containsKey(upstream) ? null : last(done.get(upstream));
          if (blocker != null && blocker.outcome() != RunReport.Outcome.SUCCEEDED) {
            done.put(sync.name(), List.of(RunReport.notRun(sync.name(), RunReport.Outcome.SKIPPED,
                "skipped: " + upstream + " did not succeed", null)));
            continue;
          }
          RunTrigger why = upstream != null && done.containsKey(upstream) ? RunTrigger.AFTER : trigger;
          futures.put(sync.name(), pool.submit(() -> claimAndRun(sync, why)));
        }
        for (Map.Entry<String, Future<List<RunReport>>> future : futures.entrySet()) {
          try {
            done.put(future.getKey(), future.getValue().get());
          } catch (ExecutionException e) {
            done.put(future.getKey(), List.of(RunReport.notRun(future.getKey(), RunReport.Outcome.FAILED,
                "internal error: " + e.getCause(), null)));
          }
        }
      }
    } catch (InterruptedException e) {
      // Graceful stop: each delivery checkpoints its settled batches and returns.
      pool.shutdownNow();
      pool.awaitTermination(25, java.util.concurrent.TimeUnit.SECONDS);
      throw e;
    } finally {
      pool.shutdown();
    }
    return done.values().stream().flatMap(List::stream).toList();
  }

  /** Claims the sync, waiting as configured, and runs it under the claim; a sync held elsewhere is BUSY. */
  private List<RunReport> claimAndRun(Sync sync, RunTrigger trigger) throws InterruptedException {
    Thread self = Thread.currentThread();
    Lease lease;
    try {
      lease = leases.acquire(sync.name(), wait, holder -> progress.waiting(sync.name(), holder), self::interrupt);
    } catch (SyncBusyException e) {
      RunReport busy = busy(sync.name(), e);
      progress.finished(busy);
      return List.of(busy);
    }
    try (lease) {
      return runHeld(sync, trigger, lease);
    } finally {
      if (lease.lost()) {
        Thread.interrupted(); // the lost lease interrupted this sync's run, not the next task of the thread
      }
    }
  }

  /**
   * Runs a sync this process holds the claim of: resumes its unfinished runs, cancels its queued
   * ones (left by a process killed before it started them, or queued by a scheduler: this run does
   * what they would), then runs it once. Stops after a resumed run that was interrupted or lost.
   */
  public List<RunReport> runHeld(Sync sync, RunTrigger trigger, Lease lease) {
    StateStore state = workspace.state();
    List<RunReport> reports = new ArrayList<>();
    for (ResumableRun unfinished : state.unfinishedRuns()) {
      if (unfinished.run().sync().equals(sync.name())) {
        RunReport resumed = runner.resume(unfinished, lease);
        reports.add(resumed);
        if (resumed.outcome() == RunReport.Outcome.INTERRUPTED || resumed.outcome() == RunReport.Outcome.LOST_CLAIM) {
          return reports;
        }
      }
    }
    try {
      for (Run queued : state.queuedRuns(sync.name())) {
        state.cancel(lease.claim(), queued.id(), "superseded by a run of " + lease.claim().holder().id());
      }
    } catch (StaleClaimException e) {
      reports.add(RunReport.notRun(sync.name(), RunReport.Outcome.LOST_CLAIM, e.getMessage(), null));
      return reports;
    }
    reports.add(runner.run(sync, trigger, lease));
    return reports;
  }

  /** The report of a sync another process holds: nothing was run or sent. */
  public static RunReport busy(String sync, SyncBusyException e) {
    return RunReport.notRun(sync, RunReport.Outcome.BUSY, e.getMessage() + "; nothing was sent",
        "to wait for it instead, add --wait");
  }

  private static RunReport last(List<RunReport> reports) {
    return reports.get(reports.size() - 1);
  }

  private static boolean ready(Sync sync, Map<String, Sync> remaining) {
    String upstream = upstream(sync);
    return upstream == null || !remaining.containsKey(upstream);
  }

  private static String upstream(Sync sync) {
    return sync.schedule() instanceof Schedule.After after ? after.sync() : null;
  }

  /** The names of the given reports, for messages. */
  static String names(List<RunReport> reports) {
    return reports.stream().map(RunReport::sync).collect(Collectors.joining(", "));
  }
}
