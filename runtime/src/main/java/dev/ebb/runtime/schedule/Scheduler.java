package dev.ebb.runtime.schedule;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncControl;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides when syncs run and queues their runs in the state store; workers execute them. Cron
 * schedules fire once per due time (after downtime, the missed times run once, not once each),
 * {@code after:} syncs follow a successful run of their upstream, {@code manual} syncs run only
 * when triggered. A sync never has two runs queued or in progress: a trigger then is coalesced.
 *
 * <p>Due times are compared with the sync's last run in the state store, so a restart (or a
 * second scheduler process) does not fire again what already ran. Time comes from the injected
 * clock, and nothing happens between calls to {@link #tick()}.
 */
public final class Scheduler {

  private final Map<String, Sync> syncs = new LinkedHashMap<>();
  private final Map<String, CronSchedule> crons = new HashMap<>();
  private final StateStore state;
  private final Clock clock;
  private final RunFactory runs;
  private final Instant since;
  /** When each sync's schedule was last handled without queuing (coalesced or paused). */
  private final Map<String, Instant> handled = new HashMap<>();

  public Scheduler(List<Sync> syncs, StateStore state, Clock clock, RunFactory runs) {
    syncs.forEach(s -> this.syncs.put(s.name(), s));
    syncs.forEach(s -> {
      if (s.schedule() instanceof Schedule.Cron cron) {
        crons.put(s.name(), CronSchedule.parse(cron.expression()));
      }
    });
    this.state = state;
    this.clock = clock;
    this.runs = runs;
    this.since = clock.instant();
  }

  public List<Sync> syncs() {
    return List.copyOf(syncs.values());
  }

  public Optional<Sync> sync(String name) {
    return Optional.ofNullable(syncs.get(name));
  }

  /** Queues every run that is due now: cron times passed and upstream syncs that succeeded. */
  public synchronized List<TriggerResult> tick() {
    Instant now = clock.instant();
    List<TriggerResult> results = new ArrayList<>();
    for (Sync sync : syncs.values()) {
      RunTrigger why = due(sync, now);
      if (why != null) {
        TriggerResult result = trigger(sync.name(), why);
        if (result.outcome() != TriggerResult.Outcome.QUEUED) {
          handled.put(sync.name(), now);
        }
        results.add(result);
      }
    }
    return results;
  }

  /** Queues a run now unless the sync is paused or already has one queued or in progress. */
  public synchronized TriggerResult trigger(String name, RunTrigger why) {
    Sync sync = syncs.get(name);
    if (sync == null) {
      return new TriggerResult(name, TriggerResult.Outcome.UNKNOWN_SYNC, null);
    }
    if (state.syncControl(name).paused()) {
      return new TriggerResult(name, TriggerResult.Outcome.PAUSED, null);
    }
    Optional<Run> last = state.lastRun(name);
    if (last.isPresent() && isActive(last.get().status())) {
      return new TriggerResult(name, TriggerResult.Outcome.COALESCED, last.get());
    }
    return new TriggerResult(name, TriggerResult.Outcome.QUEUED, state.createRun(runs.newRun(sync, why)));
  }

  /** When a cron sync runs next; empty for manual and {@code after:} syncs. */
  public Optional<Instant> nextRun(String name) {
    CronSchedule cron = crons.get(name);
    return cron == null ? Optional.empty() : cron.nextAfter(clock.instant());
  }

  public SyncControl pause(String name, String reason) {
    return state.pause(name, reason);
  }

  public SyncControl resume(String name) {
    return state.resume(name);
  }

  /**
   * Sends again the open dead letters a run left: marks them retried and triggers the sync.
   *
   * @return empty when there is no such run
   */
  public synchronized Optional<RetryResult> retryDeadLetters(String runId) {
    Optional<Run> run = state.run(runId);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    String sync = run.get().sync();
    List<String> keys =
        state.openDeadLetters(sync).stream().filter(d -> runId.equals(d.runId())).map(DeadLetter::key).toList();
    TriggerResult triggered = trigger(sync, RunTrigger.RETRY);
    int retried = triggered.outcome() == TriggerResult.Outcome.PAUSED ? 0 : state.markRetried(sync, keys);
    return Optional.of(new RetryResult(retried, triggered));
  }

  /** What a dead-letter retry did. */
  public record RetryResult(int retried, TriggerResult trigger) {}

  private RunTrigger due(Sync sync, Instant now) {
    Instant reference = reference(sync.name());
    if (sync.schedule() instanceof Schedule.Cron) {
      Optional<Instant> slot = crons.get(sync.name()).latestAtOrBefore(now);
      return slot.isPresent() && slot.get().isAfter(reference) ? RunTrigger.SCHEDULE : null;
    }
    if (sync.schedule() instanceof Schedule.After after) {
      Optional<Instant> upstreamSuccess = lastSuccess(after.sync());
      return upstreamSuccess.isPresent() && upstreamSuccess.get().isAfter(reference) ? RunTrigger.AFTER : null;
    }
    return null;
  }

  /**
   * Since when the sync's schedule is satisfied: its last run, or when this scheduler last
   * handled it. A sync that never ran counts from this scheduler's start for cron (no burst of
   * runs on first start), and from the beginning for {@code after:} (an upstream success is news).
   */
  private Instant reference(String sync) {
    Optional<Run> last = state.lastRun(sync);
    Instant reference = handled.get(sync);
    if (reference == null) {
      reference = last.isEmpty() && !(syncs.get(sync).schedule() instanceof Schedule.After) ? since : Instant.EPOCH;
    }
    if (last.isPresent() && last.get().queuedAt().isAfter(reference)) {
      reference = last.get().queuedAt();
    }
    return reference;
  }

  private Optional<Instant> lastSuccess(String sync) {
    for (Run run : state.runs(sync, 20)) {
      if (run.status() == RunStatus.SUCCEEDED && run.finishedAt() != null) {
        return Optional.of(run.finishedAt());
      }
    }
    return Optional.empty();
  }

  private static boolean isActive(RunStatus status) {
    return status == RunStatus.QUEUED || status.isInProgress();
  }
}
