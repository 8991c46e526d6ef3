package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Operation;
import dev.ebb.engine.testing.TestingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogRetentionTest {

  /** More than two purges' worth of runs, so that a sweep must loop. */
  private static final int RUNS = 2 * RecordLogRetention.RUNS_PER_PURGE + 5;

  private static final RetentionPolicy POLICY = new RetentionPolicy(Duration.ofDays(1), 1);

  @TempDir Path project;

  private final TestingClock clock = new TestingClock(Instant.parse("2026-01-15T10:00:00Z"));
  private StateStore store;

  @BeforeEach
  void openStore() {
    store = JdbcStateStore.open(StateConfig.resolve(project, Map.of(), Map.of()), clock);
    TestingClaims claims = new TestingClaims(store);
    for (int i = 0; i < RUNS; i++) {
      Run run = store.createRun(new NewRun("s", RunTrigger.MANUAL, false, "abc", "fp"));
      SyncClaim claim = claims.of(run);
      store.transition(claim, run.id(), RunStatus.PLANNING);
      store.transition(claim, run.id(), RunStatus.DELIVERING);
      store.recordResults(List.of(new NewRecordResult(run.id(), "k" + i, Operation.UPSERT, DeliveryOutcome.ACCEPTED, null, clock.instant())));
      store.transition(claim, run.id(), RunStatus.COMMITTING);
      store.transition(claim, run.id(), RunStatus.SUCCEEDED);
      clock.advance(Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofDays(2));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aSweepPurgesEverythingDueBatchByBatch() {
    RecordLogPurge purged = new RecordLogRetention(() -> store, POLICY, clock).sweep();

    assertThat(purged).isEqualTo(new RecordLogPurge(RUNS - 1, RUNS - 1));
    assertThat(store.recordResults(store.lastRun("s").orElseThrow().id(), 0, 10)).hasSize(1);
  }

  @Test
  void afterARunOneBatchIsPurgedAtMostOnceAMinute() {
    RecordLogRetention retention = new RecordLogRetention(() -> store, POLICY, clock);

    assertThat(retention.afterRun().runs()).isEqualTo(RecordLogRetention.RUNS_PER_PURGE);
    assertThat(retention.afterRun()).isEqualTo(RecordLogPurge.NONE);
    clock.advance(RecordLogRetention.AFTER_RUN_INTERVAL);
    assertThat(retention.afterRun().runs()).isEqualTo(RecordLogRetention.RUNS_PER_PURGE);
  }

  @Test
  void aFailingPurgeNeverFailsTheCaller() {
    RecordLogRetention retention = new RecordLogRetention(
        () -> {
          throw new StateStoreException("the state store is gone");
        },
        POLICY,
        clock);

    assertThat(retention.afterRun()).isEqualTo(RecordLogPurge.NONE);
    assertThat(retention.sweep()).isEqualTo(RecordLogPurge.NONE);
  }
}
