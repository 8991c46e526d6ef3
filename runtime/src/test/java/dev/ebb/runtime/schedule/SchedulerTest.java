package dev.ebb.runtime.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.engine.testing.TestingClock;
import dev.ebb.runtime.schedule.TriggerResult.Outcome;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.JdbcStateStore;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.state.TestingClaims;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {

  private static final RunFactory RUNS = (sync, trigger) -> new NewRun(sync.name(), trigger, false, null, "fingerprint");

  @TempDir Path dir;
  private final TestingClock clock = new TestingClock(Instant.parse("2026-03-02T10:00:30Z"));
  private StateStore state;

  @BeforeEach
  void open() {
    state = JdbcStateStore.open(StateConfig.sqlite(dir.resolve("state.db")), clock);
  }

  @AfterEach
  void close() {
    state.close();
  }

  @Test
  void cronFiresAtEachDueTimeOnce() {
    Scheduler scheduler = scheduler(sync("hourly", new Schedule.Cron("0 * * * *")));

    assertThat(scheduler.tick()).as("10:00 passed before the scheduler started").isEmpty();
    clock.set(Instant.parse("2026-03-02T10:59:59Z"));
    assertThat(scheduler.tick()).isEmpty();
    clock.set(Instant.parse("2026-03-02T11:00:00Z"));
    List<TriggerResult> fired = scheduler.tick();
    clock.advance(Duration.ofSeconds(2));

    assertThat(fired).extracting(TriggerResult::outcome).containsExactly(Outcome.QUEUED);
    assertThat(fired.get(0).run().trigger()).isEqualTo(RunTrigger.SCHEDULE);
    assertThat(scheduler.tick()).isEmpty();
    assertThat(state.runs("hourly", 10)).hasSize(1);
    assertThat(scheduler.nextRun("hourly")).contains(Instant.parse("2026-03-02T12:00:00Z"));
  }

  @Test
  void missedTimesAfterDowntimeRunOnceNotOnceEach() {
    Sync hourly = sync("hourly", new Schedule.Cron("0 * * * *"));
    clock.set(Instant.parse("2026-03-02T11:00:01Z"));
    Run first = state.createRun(RUNS.newRun(hourly, RunTrigger.SCHEDULE));
    state.cancel(claim(first), first.id(), "done");

    clock.set(Instant.parse("2026-03-02T16:30:00Z"));
    Scheduler restarted = scheduler(hourly);
    List<TriggerResult> caughtUp = restarted.tick();
    clock.advance(Duration.ofSeconds(5));

    assertThat(caughtUp).extracting(TriggerResult::outcome).containsExactly(Outcome.QUEUED);
    assertThat(restarted.tick()).isEmpty();
    assertThat(state.runs("hourly", 10)).hasSize(2);
  }

  @Test
  void neverTwoRunsOfOneSyncAtOnce() {
    Scheduler scheduler = scheduler(sync("hourly", new Schedule.Cron("0 * * * *")));
    TriggerResult manual = scheduler.trigger("hourly", RunTrigger.MANUAL);
    Run claimed = state.claim(ClaimHolder.inThisProcess("w1"), Duration.ofMinutes(1)).orElseThrow().run();
    state.transition(claim(claimed), claimed.id(), RunStatus.PLANNING);

    clock.set(Instant.parse("2026-03-02T11:00:00Z"));
    List<TriggerResult> scheduled = scheduler.tick();
    TriggerResult again = scheduler.trigger("hourly", RunTrigger.MANUAL);

    assertThat(manual.outcome()).isEqualTo(Outcome.QUEUED);
    assertThat(scheduled).extracting(TriggerResult::outcome).containsExactly(Outcome.COALESCED);
    assertThat(again.outcome()).isEqualTo(Outcome.COALESCED);
    assertThat(again.run().id()).isEqualTo(manual.run().id());
    assertThat(state.runs("hourly", 10)).hasSize(1);

    finish(claimed, RunStatus.SUCCEEDED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(scheduler.tick()).as("the coalesced 11:00 time is not fired late").isEmpty();
    assertThat(scheduler.trigger("hourly", RunTrigger.MANUAL).outcome()).isEqualTo(Outcome.QUEUED);
  }

  @Test
  void pausedSyncsTakeNoNewRuns() {
    Scheduler scheduler = scheduler(sync("hourly", new Schedule.Cron("0 * * * *")));
    scheduler.pause("hourly", "maintenance");

    clock.set(Instant.parse("2026-03-02T11:00:00Z"));
    assertThat(scheduler.tick()).extracting(TriggerResult::outcome).containsExactly(Outcome.PAUSED);
    assertThat(scheduler.trigger("hourly", RunTrigger.MANUAL).outcome()).isEqualTo(Outcome.PAUSED);
    assertThat(state.runs("hourly", 10)).isEmpty();

    scheduler.resume("hourly");
    clock.set(Instant.parse("2026-03-02T11:30:00Z"));
    assertThat(scheduler.tick()).as("resuming does not replay the skipped time").isEmpty();
    clock.set(Instant.parse("2026-03-02T12:00:00Z"));
    assertThat(scheduler.tick()).extracting(TriggerResult::outcome).containsExactly(Outcome.QUEUED);
  }

  @Test
  void afterSyncsFollowASuccessfulUpstreamRun() {
    Scheduler scheduler = scheduler(
        sync("a", new Schedule.Cron("0 * * * *")), sync("b", new Schedule.After("a")), sync("c", new Schedule.After("b")));

    clock.set(Instant.parse("2026-03-02T11:00:00Z"));
    Run a = single(scheduler.tick());
    clock.advance(Duration.ofSeconds(10));
    finish(a, RunStatus.SUCCEEDED);
    clock.advance(Duration.ofSeconds(1));
    Run b = single(scheduler.tick());
    clock.advance(Duration.ofSeconds(10));

    assertThat(b.sync()).isEqualTo("b");
    assertThat(b.trigger()).isEqualTo(RunTrigger.AFTER);
    assertThat(scheduler.tick()).as("c waits for b").isEmpty();

    finish(b, RunStatus.SUCCEEDED);
    clock.advance(Duration.ofSeconds(1));
    assertThat(single(scheduler.tick()).sync()).isEqualTo("c");
    clock.advance(Duration.ofSeconds(1));
    assertThat(scheduler.tick()).isEmpty();
  }

  @Test
  void aFailedUpstreamRunTriggersNothing() {
    Scheduler scheduler = scheduler(sync("a", new Schedule.Manual()), sync("b", new Schedule.After("a")));
    Run a = scheduler.trigger("a", RunTrigger.MANUAL).run();
    clock.advance(Duration.ofSeconds(5));
    state.claim(ClaimHolder.inThisProcess("w1"), Duration.ofMinutes(1));
    state.transition(claim(a), a.id(), RunStatus.PLANNING);
    state.fail(claim(a), a.id(), "boom");
    clock.advance(Duration.ofSeconds(5));

    assertThat(scheduler.tick()).isEmpty();
  }

  @Test
  void manualSyncsRunOnlyWhenTriggered() {
    Scheduler scheduler = scheduler(sync("by_hand", new Schedule.Manual()));
    for (int hour = 0; hour < 48; hour++) {
      clock.advance(Duration.ofHours(1));
      assertThat(scheduler.tick()).isEmpty();
    }
    TriggerResult triggered = scheduler.trigger("by_hand", RunTrigger.MANUAL);

    assertThat(triggered.outcome()).isEqualTo(Outcome.QUEUED);
    assertThat(triggered.run().trigger()).isEqualTo(RunTrigger.MANUAL);
    assertThat(scheduler.trigger("nope", RunTrigger.MANUAL).outcome()).isEqualTo(Outcome.UNKNOWN_SYNC);
  }

  private Scheduler scheduler(Sync... syncs) {
    return new Scheduler(List.of(syncs), state, clock, RUNS);
  }

  private void finish(Run run, RunStatus end) {
    Run current = state.run(run.id()).orElseThrow();
    if (current.status() == RunStatus.QUEUED) {
      state.transition(claim(run), run.id(), RunStatus.PLANNING);
    }
    state.transition(claim(run), run.id(), RunStatus.COMMITTING);
    state.transition(claim(run), run.id(), end);
  }

  private static Run single(List<TriggerResult> results) {
    assertThat(results).extracting(TriggerResult::outcome).containsExactly(Outcome.QUEUED);
    return results.get(0).run();
  }

  static Sync sync(String name, Schedule schedule) {
    return new Sync(name, "model", "destination", "object", WriteMode.UPSERT, null, List.of(), schedule, null, null, List.of(), null, null);
  }

  private SyncClaim claim(Run run) {
    return new TestingClaims(state).of(run);
  }
}
