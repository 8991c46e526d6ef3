package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.destination.api.Operation;
import dev.ebb.engine.testing.TestingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The state store's behaviour, written once and run against each database. */
abstract class AbstractStateStoreTest {

  static final Duration LEASE = Duration.ofSeconds(30);
  static final ClaimHolder W1 = new ClaimHolder("w1", "host-a", 101);
  static final ClaimHolder W2 = new ClaimHolder("w2", "host-b", 102);
  static final ClaimHolder W3 = new ClaimHolder("w3", "host-c", 103);

  final TestingClock clock = new TestingClock(Instant.parse("2026-01-15T10:00:00Z"));
  StateStore store;

  abstract StateConfig config() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = JdbcStateStore.open(config(), clock);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  Run queue(String sync) {
    return store.createRun(new NewRun(sync, RunTrigger.MANUAL, false, "abc123", "fp1"));
  }

  @Test
  void migratesFromEmptyAndReopensWithoutChanges() throws Exception {
    Run run = queue("s");
    store.close();
    store = JdbcStateStore.open(config(), clock);

    assertThat(store.run(run.id())).contains(run);
  }

  @Test
  void queuedRunHasItsProvenance() {
    Run run = queue("to_hubspot");

    assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(run.sync()).isEqualTo("to_hubspot");
    assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
    assertThat(run.gitCommit()).isEqualTo("abc123");
    assertThat(run.mappingFingerprint()).isEqualTo("fp1");
    assertThat(run.queuedAt()).isEqualTo(clock.instant());
    assertThat(run.counts()).isEqualTo(RunCounts.ZERO);
    assertThat(run.id()).hasSize(26);
  }

  @Test
  void runIdsSortByCreationTime() {
    Run first = queue("s");
    clock.advance(Duration.ofMillis(1));
    Run second = queue("s");

    assertThat(first.id()).isLessThan(second.id());
    assertThat(store.runs("s", 10)).extracting(Run::id).containsExactly(second.id(), first.id());
    assertThat(store.lastRun("s")).map(Run::id).contains(second.id());
  }

  @Test
  void transitionsAreStampedInOrder() {
    Run run = queue("s");
    clock.advance(Duration.ofSeconds(1));
    store.transition(claim(run), run.id(), RunStatus.PLANNING);
    store.recordPlan(claim(run), run.id(), "ebb_state.s__diff", RunCounts.planned(3, 2, 1));
    clock.advance(Duration.ofSeconds(1));
    store.transition(claim(run), run.id(), RunStatus.DELIVERING);
    clock.advance(Duration.ofSeconds(1));
    store.transition(claim(run), run.id(), RunStatus.COMMITTING);
    clock.advance(Duration.ofSeconds(1));
    Run done = store.transition(claim(run), run.id(), RunStatus.SUCCEEDED);

    Instant queued = run.queuedAt();
    assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(done.planningAt()).isEqualTo(queued.plusSeconds(1));
    assertThat(done.deliveringAt()).isEqualTo(queued.plusSeconds(2));
    assertThat(done.committingAt()).isEqualTo(queued.plusSeconds(3));
    assertThat(done.finishedAt()).isEqualTo(queued.plusSeconds(4));
    assertThat(done.diffTable()).isEqualTo("ebb_state.s__diff");
    assertThat(done.counts()).isEqualTo(RunCounts.planned(3, 2, 1));
  }

  @Test
  void refusesTransitionsTheStateMachineDoesNotAllow() {
    Run run = queue("s");
    store.transition(claim(run), run.id(), RunStatus.PLANNING);
    store.transition(claim(run), run.id(), RunStatus.COMMITTING);
    store.transition(claim(run), run.id(), RunStatus.SUCCEEDED);

    assertThatThrownBy(() -> store.transition(claim(run), run.id(), RunStatus.DELIVERING))
        .isInstanceOf(IllegalRunTransitionException.class)
        .hasMessage("run " + run.id() + " cannot move from succeeded to delivering");
    Run other = queue("t");
    assertThatThrownBy(() -> store.transition(claim(other), other.id(), RunStatus.COMMITTING))
        .isInstanceOf(IllegalRunTransitionException.class);
    assertThat(store.run(run.id()).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void failureKeepsItsError() {
    Run run = queue("s");
    store.transition(claim(run), run.id(), RunStatus.PLANNING);
    Run failed = store.fail(claim(run), run.id(), "2 NULL primary keys: model high_value_customers");

    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.errorMessage()).contains("2 NULL primary keys: model high_value_customers");
    assertThat(failed.finishedAt()).isEqualTo(clock.instant());
  }

  @Test
  void checkpointReplacesThePreviousAndUpdatesTheRunCounts() {
    Run run = startDelivering("s");
    RunCounts planned = RunCounts.planned(10, 0, 0);
    store.checkpoint(claim(run), run.id(), 4, planned.plusDelivery(4, 3, 1, 0, 0));
    clock.advance(Duration.ofSeconds(2));
    Checkpoint second = store.checkpoint(claim(run), run.id(), 8, planned.plusDelivery(8, 6, 1, 1, 0));

    assertThat(store.checkpoint(run.id())).contains(second);
    assertThat(second.at()).isEqualTo(clock.instant());
    assertThat(store.run(run.id()).orElseThrow().counts())
        .isEqualTo(RunCounts.planned(10, 0, 0).withSent(8).withSucceeded(6).withFailed(1).withDeadLettered(1));
  }

  @Test
  void settledRecordsAreWrittenWithTheirCheckpoint() {
    Run run = startDelivering("s");
    RunCounts counts = RunCounts.planned(3, 0, 0).plusDelivery(3, 1, 1, 1, 0);
    SettledRecords settled =
        new SettledRecords(
            List.of(result(run, "a", clock.instant())), List.of(letter(run, "b", "invalid email")));

    Checkpoint checkpoint = store.checkpoint(claim(run), run.id(), 3, counts, settled);

    assertThat(store.checkpoint(run.id())).contains(checkpoint);
    assertThat(store.run(run.id()).orElseThrow().counts()).isEqualTo(counts);
    assertThat(store.recordResults(run.id(), 0, 10)).extracting(RecordResult::key, RecordResult::gitCommit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "abc123"));
    assertThat(store.openDeadLetters("s")).extracting(DeadLetter::key).containsExactly("b");
  }

  @Test
  void settledRecordsAndTheirCheckpointAreWrittenAllOrNothing() {
    Run run = startDelivering("s");
    store.checkpoint(claim(run), run.id(), 1, RunCounts.ZERO);
    // A dead letter without a payload violates the table's NOT NULL: the whole transaction fails.
    SettledRecords broken =
        new SettledRecords(
            List.of(result(run, "a", clock.instant())),
            List.of(new NewDeadLetter("s", "b", Operation.UPSERT, null, "r", run.id())));

    assertThatThrownBy(() -> store.checkpoint(claim(run), run.id(), 2, RunCounts.ZERO, broken))
        .isInstanceOf(StateStoreException.class);
    assertThat(store.checkpoint(run.id()).orElseThrow().sequence()).isEqualTo(1);
    assertThat(store.recordResults(run.id(), 0, 10)).isEmpty();
  }

  @Test
  void unfinishedRunsResumeFromTheirLastCheckpoint() {
    Run delivering = startDelivering("a");
    store.checkpoint(claim(delivering), delivering.id(), 42, RunCounts.ZERO.plusDelivery(42, 42, 0, 0, 0));
    Run planning = queue("b");
    store.transition(claim(planning), planning.id(), RunStatus.PLANNING);
    Run done = queue("c");
    store.cancel(claim(done), done.id(), "stopped by user");

    List<ResumableRun> unfinished = store.unfinishedRuns();

    assertThat(unfinished).extracting(r -> r.run().id()).containsExactly(delivering.id(), planning.id());
    assertThat(unfinished.get(0).checkpoint().sequence()).isEqualTo(42);
    assertThat(unfinished.get(1).checkpoint().sequence()).isZero();
  }

  @Test
  void recordResultsAreWrittenInBatchesWithTheirRunsProvenance() {
    Run run = startDelivering("s");
    List<NewRecordResult> results = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      results.add(result(run, "k" + i, clock.instant()));
    }
    store.recordResults(results);

    assertThat(store.recordResults(run.id(), 0, 1000)).hasSize(500).first().isEqualTo(
        new RecordResult(run.id(), "s", "abc123", "fp1", "k0", Operation.UPSERT, DeliveryOutcome.ACCEPTED,
            "{\"id\":\"k0\"}", clock.instant()));
    assertThat(store.recordResults(run.id(), 498, 10)).extracting(RecordResult::key)
        .containsExactly("k498", "k499");
  }

  @Test
  void recordResultsPageAcrossChunksAndAppendsInWriteOrder() {
    Run run = startDelivering("s");
    Run other = startDelivering("other");
    List<NewRecordResult> first = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      first.add(result(run, "a" + i, clock.instant()));
    }
    store.recordResults(first);
    store.recordResults(List.of(result(other, "x", clock.instant())));
    clock.advance(Duration.ofSeconds(1));
    store.recordResults(List.of(result(run, "b0", clock.instant()), result(run, "b1", clock.instant())));

    assertThat(store.recordResults(run.id(), 995, 10)).extracting(RecordResult::key)
        .containsExactly("a995", "a996", "a997", "a998", "a999", "a1000", "a1001", "a1002", "a1003", "a1004");
    List<RecordResult> end = store.recordResults(run.id(), 2_498, 100);
    assertThat(end).extracting(RecordResult::key).containsExactly("a2498", "a2499", "b0", "b1");
    assertThat(end.get(3).at()).isEqualTo(clock.instant());
    assertThat(store.recordResults(run.id(), 0, 10_000)).hasSize(2_502);
    assertThat(store.recordResults(run.id(), 2_502, 10)).isEmpty();
    assertThat(store.recordResults(other.id(), 0, 10)).extracting(RecordResult::key).containsExactly("x");
  }

  @Test
  void retentionPurgesTheLogOfRunsThatEndedLongAgoBeyondTheLastNOfTheirSync() {
    Run first = finished("s", "a");
    Run second = finished("s", "b");
    clock.advance(Duration.ofDays(10));
    Run third = finished("s", "c");
    Run running = startDelivering("s");
    store.recordResults(List.of(result(running, "d", clock.instant())));
    Run otherSync = finished("other", "e");
    clock.advance(Duration.ofDays(10));

    RecordLogPurge purged = store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(7), 2), 100);

    assertThat(purged).isEqualTo(new RecordLogPurge(2, 2));
    assertThat(store.recordResults(first.id(), 0, 10)).as("ended 20 days ago, 3 newer runs").isEmpty();
    assertThat(store.recordResults(second.id(), 0, 10)).as("ended 20 days ago, 2 newer runs").isEmpty();
    assertThat(store.recordResults(third.id(), 0, 10)).as("ended 10 days ago, but among the last 2").hasSize(1);
    assertThat(store.recordResults(running.id(), 0, 10)).as("in progress").hasSize(1);
    assertThat(store.recordResults(otherSync.id(), 0, 10)).as("the last run of its sync").hasSize(1);
    assertThat(store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(7), 2), 100)).isEqualTo(RecordLogPurge.NONE);
    assertThat(store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(7), 0), 100))
        .as("without a minimum of runs, age alone").isEqualTo(new RecordLogPurge(2, 2));
    assertThat(store.recordResults(running.id(), 0, 10)).as("still in progress").hasSize(1);
  }

  @Test
  void retentionKeepsEveryRunWithinTheMaxAgeAndPurgesAtMostMaxRunsAtOnce() {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(finished("s", "k" + i));
      clock.advance(Duration.ofHours(1));
    }

    assertThat(store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(1), 0), 100))
        .as("all ended within the day").isEqualTo(RecordLogPurge.NONE);

    clock.advance(Duration.ofDays(2));
    assertThat(store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(1), 1), 2)).isEqualTo(new RecordLogPurge(2, 2));
    assertThat(store.recordResults(runs.get(0).id(), 0, 10)).as("oldest first").isEmpty();
    assertThat(store.recordResults(runs.get(1).id(), 0, 10)).isEmpty();
    assertThat(store.recordResults(runs.get(2).id(), 0, 10)).hasSize(1);
    assertThat(store.purgeRecordResults(new RetentionPolicy(Duration.ofDays(1), 1), 2)).isEqualTo(new RecordLogPurge(2, 2));
    assertThat(store.recordResults(runs.get(4).id(), 0, 10)).as("the last run").hasSize(1);
  }

  /** A run of {@code sync} that logged {@code key} and succeeded now. */
  private Run finished(String sync, String key) {
    Run run = startDelivering(sync);
    store.recordResults(List.of(result(run, key, clock.instant())));
    store.transition(claim(run), run.id(), RunStatus.COMMITTING);
    return store.transition(claim(run), run.id(), RunStatus.SUCCEEDED);
  }

  @Test
  void deadLettersAreOnePerKeyAndCountAttempts() {
    Run first = startDelivering("s");
    store.deadLetter(List.of(letter(first, "k1", "invalid email"), letter(first, "k2", "too long")));
    clock.advance(Duration.ofHours(1));
    Run second = startDelivering("s2");
    store.deadLetter(List.of(letter(first, "k1", "invalid email again")));

    List<DeadLetter> open = store.openDeadLetters("s");
    assertThat(open).extracting(DeadLetter::key).containsExactly("k1", "k2");
    DeadLetter k1 = open.get(0);
    assertThat(k1.attempts()).isEqualTo(2);
    assertThat(k1.reason()).isEqualTo("invalid email again");
    assertThat(k1.lastSeen()).isEqualTo(k1.firstSeen().plus(Duration.ofHours(1)));
    assertThat(k1.payloadJson()).isEqualTo("{\"email\":\"x\"}");
    assertThat(store.openDeadLetters(second.sync())).isEmpty();
  }

  @Test
  void deadLettersCanBeRetriedResolvedAndReopened() {
    Run run = startDelivering("s");
    store.deadLetter(List.of(letter(run, "k1", "r"), letter(run, "k2", "r")));

    assertThat(store.markRetried("s", List.of("k1", "missing"))).isEqualTo(1);
    assertThat(store.markRetried("s", List.of("k1"))).isZero();
    assertThat(store.openDeadLetters("s")).extracting(DeadLetter::key).containsExactly("k2");
    assertThat(store.markResolved("s", List.of("k1", "k2"))).isEqualTo(2);
    assertThat(store.openDeadLetters("s")).isEmpty();
    assertThat(store.deadLetters("s", 10)).extracting(DeadLetter::status)
        .containsOnly(DeadLetterStatus.RESOLVED);

    store.deadLetter(List.of(letter(run, "k2", "rejected again")));
    assertThat(store.openDeadLetters("s")).extracting(DeadLetter::key).containsExactly("k2");
  }

  @Test
  void pauseAndResume() {
    assertThat(store.syncControl("s").paused()).isFalse();

    store.pause("s", "destination maintenance");
    assertThat(store.syncControl("s")).satisfies(c -> {
      assertThat(c.paused()).isTrue();
      assertThat(c.reason()).isEqualTo("destination maintenance");
    });
    assertThat(store.pausedSyncs()).extracting(SyncControl::sync).containsExactly("s");

    store.resume("s");
    assertThat(store.syncControl("s").paused()).isFalse();
    assertThat(store.pausedSyncs()).isEmpty();
  }

  @Test
  void pausedSyncTakesNoNewRun() {
    queue("s");
    store.pause("s", "why not");

    assertThat(store.claim(W1, LEASE)).isEmpty();
    store.resume("s");
    assertThat(store.claim(W1, LEASE)).isPresent();
  }

  @Test
  void claimLeasesARunAndItsSyncToOneWorker() {
    Run run = queue("s");

    ClaimedRun claimed = store.claim(W1, LEASE).orElseThrow();

    assertThat(claimed.run().id()).isEqualTo(run.id());
    assertThat(claimed.run().leaseWorker()).isEqualTo("w1");
    assertThat(claimed.run().leaseExpiresAt()).isEqualTo(clock.instant().plus(LEASE));
    assertThat(claimed.claim().holder()).isEqualTo(W1);
    assertThat(store.syncClaim("s")).contains(claimed.claim());
    assertThat(store.claim(W2, LEASE)).isEmpty();
  }

  @Test
  void oneSyncNeverHasTwoRunsInFlight() {
    Run first = queue("s");
    queue("s");

    assertThat(store.claim(W1, LEASE)).map(c -> c.run().id()).contains(first.id());
    assertThat(store.claim(W2, LEASE)).isEmpty();
  }

  @Test
  void expiredLeaseOfADeadWorkerIsClaimedByAnother() {
    Run run = queue("s");
    SyncClaim dead = store.claim(W1, LEASE).orElseThrow().claim();
    store.transition(dead, run.id(), RunStatus.PLANNING);
    store.transition(dead, run.id(), RunStatus.DELIVERING);
    store.checkpoint(dead, run.id(), 7, RunCounts.ZERO);

    clock.advance(LEASE.minusSeconds(1));
    assertThat(store.claim(W2, LEASE)).isEmpty();
    clock.advance(Duration.ofSeconds(1));

    ClaimedRun resumed = store.claim(W2, LEASE).orElseThrow();
    assertThat(resumed.run().leaseWorker()).isEqualTo("w2");
    assertThat(resumed.run().status()).isEqualTo(RunStatus.DELIVERING);
    assertThat(resumed.claim().token()).isGreaterThan(dead.token());
    assertThat(store.renewClaim(dead, LEASE)).isFalse();
    assertThat(store.renewClaim(resumed.claim(), LEASE)).isTrue();
  }

  @Test
  void renewedLeaseIsNotClaimed() {
    queue("s");
    SyncClaim claim = store.claim(W1, LEASE).orElseThrow().claim();
    clock.advance(LEASE.minusSeconds(5));
    assertThat(store.renewClaim(claim, LEASE)).isTrue();
    clock.advance(Duration.ofSeconds(10));

    assertThat(store.claim(W2, LEASE)).isEmpty();
  }

  @Test
  void releasedOrFinishedRunsFreeTheirLease() {
    Run run = queue("s");
    SyncClaim first = store.claim(W1, LEASE).orElseThrow().claim();
    store.transition(first, run.id(), RunStatus.PLANNING);
    store.releaseClaim(first);

    ClaimedRun again = store.claim(W2, LEASE).orElseThrow();
    assertThat(again.run().id()).isEqualTo(run.id());
    Run failed = store.fail(again.claim(), run.id(), "boom");
    assertThat(failed.leaseWorker()).isNull();
    assertThat(store.claim(W3, LEASE)).isEmpty();
  }

  @Test
  void concurrentClaimersNeverGetTheSameRun() throws Exception {
    int runs = 24;
    for (int i = 0; i < runs; i++) {
      queue("sync_" + i);
    }
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        ClaimHolder worker = new ClaimHolder("w" + w, "h", w);
        done.add(workers.submit(() -> {
          Optional<ClaimedRun> next;
          while ((next = store.claim(worker, LEASE)).isPresent()) {
            claimed.add(next.get().run().id());
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      workers.shutdownNow();
    }

    assertThat(claimed).hasSize(runs).doesNotHaveDuplicates();
  }

  @Test
  void aSyncIsClaimedByOneHolderAtATimeAndTheOtherLearnsWhoAndSinceWhen() {
    ClaimAttempt first = store.claimSync("s", W1, LEASE);
    clock.advance(Duration.ofSeconds(3));
    ClaimAttempt second = store.claimSync("s", W2, LEASE);

    assertThat(first.acquired()).isTrue();
    assertThat(second.acquired()).isFalse();
    assertThat(second.claim()).isEqualTo(first.claim());
    assertThat(second.claim().describeHolder())
        .isEqualTo("w1 (host host-a, pid 101) since " + clock.instant().minusSeconds(3));
    assertThat(store.claimSync("t", W2, LEASE).acquired()).as("other syncs are free").isTrue();

    store.releaseClaim(first.claim());
    ClaimAttempt third = store.claimSync("s", W2, LEASE);
    assertThat(third.acquired()).isTrue();
    assertThat(third.claim().token()).isEqualTo(first.claim().token() + 1);
  }

  @Test
  void aLapsedClaimIsTakenOverAndEveryWriteOfTheStaleHolderIsRefused() {
    SyncClaim stale = store.claimSync("s", W1, LEASE).claim();
    Run run = queue("s");
    store.transition(stale, run.id(), RunStatus.PLANNING);
    store.recordPlan(stale, run.id(), "diff", RunCounts.planned(10, 0, 0));
    store.transition(stale, run.id(), RunStatus.DELIVERING);
    store.checkpoint(stale, run.id(), 4, RunCounts.ZERO);

    clock.advance(LEASE);
    SyncClaim current = store.claimSync("s", W2, LEASE).claim();

    SettledRecords settled = new SettledRecords(
        List.of(result(run, "a", clock.instant())), List.of(letter(run, "b", "no")));
    List<Runnable> writes = List.of(
        () -> store.checkpoint(stale, run.id(), 8, RunCounts.ZERO, settled),
        () -> store.checkpoint(stale, run.id(), 8, RunCounts.ZERO),
        () -> store.recordPlan(stale, run.id(), "other", RunCounts.ZERO),
        () -> store.transition(stale, run.id(), RunStatus.COMMITTING),
        () -> store.fail(stale, run.id(), "late"),
        () -> store.cancel(stale, run.id(), "late"));
    for (Runnable write : writes) {
      assertThatThrownBy(write::run)
          .isInstanceOf(StaleClaimException.class)
          .hasMessageContaining("lost the claim on sync s (token " + stale.token() + "): taken over by w2 (host host-b, pid 102)");
    }
    assertThat(store.renewClaim(stale, LEASE)).isFalse();
    assertThat(store.checkpoint(run.id())).map(Checkpoint::sequence).contains(4L);
    assertThat(store.recordResults(run.id(), 0, 10)).isEmpty();
    assertThat(store.openDeadLetters("s")).isEmpty();
    Run unchanged = store.run(run.id()).orElseThrow();
    assertThat(unchanged.status()).isEqualTo(RunStatus.DELIVERING);
    assertThat(unchanged.diffTable()).isEqualTo("diff");

    store.checkpoint(current, run.id(), 6, RunCounts.ZERO, settled);
    assertThat(store.transition(current, run.id(), RunStatus.COMMITTING).leaseWorker()).isEqualTo("w2");
  }

  @Test
  void aLapsedClaimNoOneTookOverIsRenewedAndStillWrites() {
    SyncClaim claim = store.claimSync("s", W1, LEASE).claim();
    Run run = queue("s");
    clock.advance(LEASE.plusSeconds(10));

    assertThat(store.renewClaim(claim, LEASE)).isTrue();
    assertThat(store.transition(claim, run.id(), RunStatus.PLANNING).status()).isEqualTo(RunStatus.PLANNING);
    assertThat(store.claimSync("s", W2, LEASE).acquired()).isFalse();
  }

  @Test
  void aReleasedClaimWritesNothingMore() {
    SyncClaim claim = store.claimSync("s", W1, LEASE).claim();
    Run run = queue("s");
    store.releaseClaim(claim);

    assertThatThrownBy(() -> store.transition(claim, run.id(), RunStatus.PLANNING))
        .isInstanceOf(StaleClaimException.class)
        .hasMessageContaining("released");
    assertThat(store.renewClaim(claim, LEASE)).isFalse();
  }

  @Test
  void aClaimWritesOnlyRunsOfItsSync() {
    SyncClaim claim = store.claimSync("s", W1, LEASE).claim();
    Run other = queue("t");

    assertThatThrownBy(() -> store.transition(claim, other.id(), RunStatus.PLANNING))
        .isInstanceOf(StateStoreException.class)
        .isNotInstanceOf(StaleClaimException.class)
        .hasMessage("run " + other.id() + " is not a run of sync s");
  }

  @Test
  void workersLeaveAloneTheRunsOfASyncAnotherHolderHolds() {
    SyncClaim command = store.claimSync("s", W1, LEASE).claim();
    Run unfinished = queue("s");
    store.transition(command, unfinished.id(), RunStatus.PLANNING);
    queue("s");

    assertThat(store.claim(W2, LEASE)).as("neither the in-progress nor the queued run").isEmpty();

    clock.advance(LEASE);
    ClaimedRun taken = store.claim(W2, LEASE).orElseThrow();
    assertThat(taken.run().id()).as("the crashed holder's run resumes first").isEqualTo(unfinished.id());
    assertThat(store.claimSync("s", W1, LEASE).acquired()).isFalse();
  }

  @Test
  void concurrentClaimantsOfOneSyncGetOneClaimAndGrowingTokens() throws Exception {
    int rounds = 20;
    List<Long> tokens = Collections.synchronizedList(new ArrayList<>());
    ExecutorService claimants = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < rounds; round++) {
        List<Future<ClaimAttempt>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          ClaimHolder holder = new ClaimHolder("c" + i, "h", i);
          attempts.add(claimants.submit(() -> store.claimSync("s", holder, LEASE)));
        }
        List<SyncClaim> acquired = new ArrayList<>();
        for (Future<ClaimAttempt> attempt : attempts) {
          ClaimAttempt result = attempt.get(60, TimeUnit.SECONDS);
          if (result.acquired()) {
            acquired.add(result.claim());
          }
        }
        assertThat(acquired).hasSize(1);
        tokens.add(acquired.get(0).token());
        store.releaseClaim(acquired.get(0));
      }
    } finally {
      claimants.shutdownNow();
    }

    assertThat(tokens).isSorted().doesNotHaveDuplicates().hasSize(rounds);
  }

  private Run startDelivering(String sync) {
    Run run = queue(sync);
    store.transition(claim(run), run.id(), RunStatus.PLANNING);
    return store.transition(claim(run), run.id(), RunStatus.DELIVERING);
  }

  private static NewRecordResult result(Run run, String key, Instant at) {
    return new NewRecordResult(run.id(), key, Operation.UPSERT,
        DeliveryOutcome.ACCEPTED, "{\"id\":\"" + key + "\"}", at);
  }

  @Test
  void aDestinationNeverUsedReadsAsInitialAndKeepsWhatAChangeWrote() {
    assertThat(store.destinationControl("crm")).isEqualTo(DestinationControl.initial("crm"));

    Instant probeAt = clock.instant().plusSeconds(60);
    DestinationControl written =
        store.updateDestinationControl(
            "crm", c -> c.withNextSlot(42).withNotBefore(7).withCircuit(CircuitStatus.OPEN, 10, 1, clock.instant(), probeAt));

    assertThat(written)
        .isEqualTo(new DestinationControl("crm", 42, 7, CircuitStatus.OPEN, 10, 1, clock.instant(), probeAt));
    assertThat(store.destinationControl("crm")).isEqualTo(written);
    assertThat(store.destinationControl("other")).isEqualTo(DestinationControl.initial("other"));
  }

  @Test
  void concurrentDestinationChangesFromTwoStoresNeverLoseOne() throws Exception {
    // Two stores on one database: two processes, each with its own connections.
    try (StateStore other = JdbcStateStore.open(config(), clock)) {
      ExecutorService workers = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (StateStore s : List.of(store, other, store, other)) {
          done.add(workers.submit(() -> {
            for (int i = 0; i < 50; i++) {
              s.updateDestinationControl("crm", c -> c.withNextSlot(c.nextSlot() + 1));
            }
          }));
        }
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        workers.shutdownNow();
      }
      assertThat(other.destinationControl("crm").nextSlot()).isEqualTo(200);
    }
  }

  private static NewDeadLetter letter(Run run, String key, String reason) {
    return new NewDeadLetter(run.sync(), key, Operation.UPSERT, "{\"email\":\"x\"}", reason, run.id());
  }

  SyncClaim claim(Run run) {
    return new TestingClaims(store).of(run);
  }
}
