package dev.ebb.runtime.sync;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.runtime.state.ResumableRun;
import dev.ebb.runtime.state.RunCounts;
import dev.ebb.runtime.state.RunTrigger;
import dev.ebb.runtime.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ebb run}: first resumes what a crash left unfinished, then runs the selected syncs, each
 * after the syncs it names in {@code after:} (when both are selected), independent syncs in
 * parallel so that a slow destination does not hold up the others.
 */
public final class SyncRuns {

  private final Workspace workspace;
  private final SyncRunner runner;
  private final int parallelism;

  public SyncRuns(Workspace workspace, RunOptions options, RunProgress progress, int parallelism) {
    this.workspace = workspace;
    this.runner = new SyncRunner(workspace, options, progress);
    this.parallelism = Math.max(1, parallelism);
  }

  /** Resumes the unfinished runs of the given syncs (all syncs when null). */
  public List<RunReport> resumeUnfinished(Set<String> syncs) {
    List<RunReport> reports = new ArrayList<>();
    for (ResumableRun unfinished : workspace.state().unfinishedRuns()) {
      if (syncs == null || syncs.contains(unfinished.run().sync())) {
        reports.add(runner.resume(unfinished));
      }
    }
    return reports;
  }

  /** Runs each sync once, in dependency waves; interrupting the calling thread stops them all. */
  public List<RunReport> run(List<Sync> selected, RunTrigger trigger) throws InterruptedException {
    Map<String, RunReport> done = new LinkedHashMap<>();
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
        Map<String, Future<RunReport>> futures = new LinkedHashMap<>();
        for (Sync sync : wave) {
          remaining.remove(sync.name());
          String upstream = upstream(sync);
          RunReport blocker = upstream == null ? null : done.get(upstream);
          if (blocker != null && blocker.outcome() != RunReport.Outcome.SUCCEEDED) {
            done.put(sync.name(), new RunReport(sync.name(), null, RunReport.Outcome.SKIPPED, RunCounts.ZERO, Duration.ZERO,
                "skipped: " + upstream + " did not succeed", null));
            continue;
          }
          RunTrigger why = upstream != null && done.containsKey(upstream) ? RunTrigger.AFTER : trigger;
          futures.put(sync.name(), pool.submit(() -> runner.run(sync, why)));
        }
        for (Map.Entry<String, Future<RunReport>> future : futures.entrySet()) {
          try {
            done.put(future.getKey(), future.getValue().get());
          } catch (ExecutionException e) {
            done.put(future.getKey(), new RunReport(future.getKey(), null, RunReport.Outcome.FAILED, RunCounts.ZERO,
                Duration.ZERO, "internal error: " + e.getCause(), null));
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
    return List.copyOf(done.values());
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
