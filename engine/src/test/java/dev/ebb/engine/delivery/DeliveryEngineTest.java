package dev.ebb.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DeliveryEngineTest {

  private static final RetryPolicy FAST_RETRY =
      new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5));

  private static DeliverySettings settings(int batchSize, int concurrency) {
    return DeliverySettings.of(batchSize, concurrency, 0).withRetry(FAST_RETRY);
  }

  static RecordSource records(int count, int distinctKeys) {
    Iterator<SequencedRecord> iterator =
        LongStream.range(0, count)
            .mapToObj(
                i ->
                    new SequencedRecord(
                        i * 2 + 1,
                        new OutboundRecord(
                            "k" + (i % distinctKeys),
                            Operation.UPSERT,
                            i,
                            Map.of("n", i),
                            "idem-" + i)))
            .iterator();
    return RecordSource.of(iterator);
  }

  @Test
  void deliversEveryRecordInBatchesAndSettlesThroughTheLastSequence() {
    // Each write takes a little time, so that lanes really overlap even on a busy machine.
    TestingObjectWriter writer = new TestingObjectWriter((record, attempt) -> RecordOutcome.ACCEPTED, 5);
    RecordingListener listener = new RecordingListener();

    DeliveryReport report =
        new DeliveryEngine("d", settings(50, 4)).deliver(writer, records(1_000, 1_000), listener);

    assertThat(report.status()).isEqualTo(DeliveryReport.Status.COMPLETED);
    assertThat(report.accepted()).isEqualTo(1_000);
    assertThat(report.pending()).isZero();
    assertThat(report.settledThrough()).isEqualTo(1_999);
    assertThat(listener.lastSettled).isEqualTo(1_999);
    assertThat(listener.settledWentBack).isFalse();
    assertThat(writer.batches).allSatisfy(b -> assertThat(b.size()).isBetween(1, 50));
    assertThat(writer.maxInFlight.get()).isBetween(2, 4);
  }

  @Test
  void preservesPerKeyOrderUnderConcurrencyAndRetries() {
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) ->
                attempt == 1 && ((Long) record.matchValue()) % 7 == 0
                    ? new RecordOutcome.Retryable("try again", null)
                    : RecordOutcome.ACCEPTED,
            1);

    DeliveryReport report =
        new DeliveryEngine("d", settings(10, 4))
            .deliver(writer, records(2_000, 37), new RecordingListener());

    assertThat(report.accepted()).isEqualTo(2_000);
    assertThat(writer.acceptedByKey).hasSize(37);
    writer.acceptedByKey.forEach(
        (key, accepted) -> {
          List<Long> order = accepted.stream().map(r -> (Long) r.matchValue()).toList();
          assertThat(order).as("order of key %s", key).isSorted();
        });
  }

  @Test
  void deadLettersRejectedRecordsAndAcceptsTheRestOfTheBatch() {
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) ->
                ((Long) record.matchValue()) % 10 == 3
                    ? new RecordOutcome.Rejected("email is invalid")
                    : RecordOutcome.ACCEPTED,
            0);
    RecordingListener listener = new RecordingListener();

    DeliveryReport report =
        new DeliveryEngine("d", settings(20, 1)).deliver(writer, records(100, 100), listener);

    assertThat(report.accepted()).isEqualTo(90);
    assertThat(report.rejected()).isEqualTo(10);
    assertThat(listener.deadLetters)
        .hasSize(10)
        .allSatisfy(d -> assertThat(d.reason()).isEqualTo("email is invalid"));
    assertThat(writer.batches).hasSize(5);
    assertThat(report.settledThrough()).isEqualTo(199);
  }

  @Test
  void recordsStillFailingAfterTheRetriesStayPendingAndAreNotDeadLettered() {
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) ->
                record.key().equals("k5")
                    ? new RecordOutcome.Retryable("503 from upstream", null)
                    : RecordOutcome.ACCEPTED,
            0);
    RecordingListener listener = new RecordingListener();

    DeliveryReport report =
        new DeliveryEngine("d", settings(10, 1)).deliver(writer, records(50, 50), listener);

    assertThat(report.status()).isEqualTo(DeliveryReport.Status.COMPLETED);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.accepted()).isEqualTo(49);
    assertThat(listener.deadLetters).isEmpty();
    assertThat(listener.backoffs).hasSize(FAST_RETRY.maxAttempts() - 1);
    assertThat(listener.completions)
        .flatMap(BatchCompletion::outcomes)
        .filteredOn(o -> o instanceof RecordOutcome.Retryable)
        .hasSize(1);
  }

  @Test
  void openCircuitStopsOneDestinationWhileAnotherKeepsFlowing() throws Exception {
    TestingObjectWriter failing =
        new TestingObjectWriter(
            (record, attempt) -> {
              throw DestinationException.retryable("connection refused", null);
            },
            0);
    TestingObjectWriter healthy = TestingObjectWriter.acceptingAll();
    DeliveryEngine broken =
        new DeliveryEngine(
            "broken",
            settings(10, 2)
                .withBreaker(new BreakerPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30))));
    DeliveryEngine working = new DeliveryEngine("working", settings(10, 2));

    CompletableFuture<DeliveryReport> brokenRun =
        CompletableFuture.supplyAsync(
            () -> broken.deliver(failing, records(5_000, 5_000), new RecordingListener()));
    DeliveryReport workingReport =
        working.deliver(healthy, records(5_000, 5_000), new RecordingListener());
    DeliveryReport brokenReport = brokenRun.get();

    assertThat(workingReport.status()).isEqualTo(DeliveryReport.Status.COMPLETED);
    assertThat(workingReport.accepted()).isEqualTo(5_000);
    assertThat(brokenReport.status()).isEqualTo(DeliveryReport.Status.CIRCUIT_OPEN);
    assertThat(brokenReport.accepted()).isZero();
    assertThat(brokenReport.pending()).isPositive();
    assertThat(brokenReport.settledThrough()).as(brokenReport.toString()).isEqualTo(-1);
    assertThat(broken.circuitState()).isEqualTo("OPEN");
    assertThat(failing.batches.size()).isLessThan(10);

    DeliveryReport nextRun =
        broken.deliver(failing, records(10, 10), new RecordingListener());
    assertThat(nextRun.status()).isEqualTo(DeliveryReport.Status.CIRCUIT_OPEN);
    assertThat(nextRun.requests()).isZero();
  }

  @Test
  void enginesSharingAControlStoreKeepTheRateTogether() throws Exception {
    // Two engines of one destination on one store: what two processes on one state store are.
    ControlStore shared = ControlStore.local("d");
    DeliverySettings limited = DeliverySettings.of(1, 2, 100).withRetry(FAST_RETRY);
    List<Long> sentAt = new CopyOnWriteArrayList<>();
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) -> {
              sentAt.add(System.nanoTime());
              return RecordOutcome.ACCEPTED;
            },
            0);

    CompletableFuture<DeliveryReport> other =
        CompletableFuture.supplyAsync(
            () -> new DeliveryEngine("d", limited, shared).deliver(writer, records(150, 150), new RecordingListener()));
    DeliveryReport report = new DeliveryEngine("d", limited, shared).deliver(writer, records(150, 150), new RecordingListener());

    assertThat(report.accepted()).isEqualTo(150);
    assertThat(other.get().accepted()).isEqualTo(150);
    List<Long> sorted = sentAt.stream().sorted().toList();
    double seconds = (sorted.get(sorted.size() - 1) - sorted.get(0)) / 1e9;
    double rate = (sorted.size() - 1) / seconds;
    assertThat(rate).as("requests per second of both engines").isBetween(80.0, 110.0);
  }

  @Test
  void aCircuitOpenedByOneEngineStopsAnotherSharingItsStore() {
    ControlStore shared = ControlStore.local("d");
    DeliverySettings settings =
        settings(10, 2).withBreaker(new BreakerPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30)));
    TestingObjectWriter failing =
        new TestingObjectWriter(
            (record, attempt) -> {
              throw DestinationException.retryable("connection refused", null);
            },
            0);
    DeliveryReport tripped =
        new DeliveryEngine("d", settings, shared).deliver(failing, records(1_000, 1_000), new RecordingListener());
    assertThat(tripped.status()).isEqualTo(DeliveryReport.Status.CIRCUIT_OPEN);

    TestingObjectWriter healthy = TestingObjectWriter.acceptingAll();
    DeliveryEngine other = new DeliveryEngine("d", settings, shared);
    DeliveryReport report = other.deliver(healthy, records(100, 100), new RecordingListener());

    assertThat(report.status()).isEqualTo(DeliveryReport.Status.CIRCUIT_OPEN);
    assertThat(report.stopReason()).contains("circuit breaker of destination 'd' is open", "the next attempt goes out after");
    assertThat(report.requests()).isZero();
    assertThat(healthy.batches).isEmpty();
    assertThat(other.circuitState()).isEqualTo("OPEN");
  }

  @Test
  void permanentBatchFailureStopsTheDeliveryWithoutDeadLettering() {
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) -> {
              throw DestinationException.permanent("401 unauthorized", null);
            },
            0);
    RecordingListener listener = new RecordingListener();

    DeliveryReport report =
        new DeliveryEngine("d", settings(10, 1)).deliver(writer, records(100, 100), listener);

    assertThat(report.status()).isEqualTo(DeliveryReport.Status.FAILED);
    assertThat(report.stopReason()).contains("401 unauthorized");
    assertThat(listener.deadLetters).isEmpty();
    assertThat(report.accepted()).isZero();
  }

  @Test
  void readsOnlyAsFastAsTheDestinationTakesRecords() {
    AtomicLong read = new AtomicLong();
    AtomicLong settled = new AtomicLong();
    DeliveryListener listener =
        new DeliveryListener() {
          @Override
          public void batchCompleted(BatchCompletion completion) {
            settled.addAndGet(completion.records().size());
          }
        };
    long[] maxAhead = {0};
    Iterator<SequencedRecord> source = ((Iterable<SequencedRecord>) () -> recordsIterator(100_000)).iterator();
    RecordSource counting =
        () -> {
          Optional<SequencedRecord> next = source.hasNext() ? Optional.of(source.next()) : Optional.empty();
          maxAhead[0] = Math.max(maxAhead[0], read.incrementAndGet() - settled.get());
          return next;
        };
    DeliveryReport report =
        new DeliveryEngine("d", settings(100, 2))
            .deliver(TestingObjectWriter.acceptingAll(), counting, listener);

    assertThat(report.accepted()).isEqualTo(100_000);
    assertThat(maxAhead[0]).isLessThanOrEqualTo(2_000);
  }

  @Test
  void recordsSentAheadOfTheDurableCheckpointStayWithinTheSettlementWindow() {
    AtomicLong durable = new AtomicLong();
    AtomicLong written = new AtomicLong();
    long[] maxNotDurable = {0};
    TestingObjectWriter writer =
        new TestingObjectWriter(
            (record, attempt) -> {
              long ahead = written.incrementAndGet() - durable.get();
              synchronized (maxNotDurable) {
                maxNotDurable[0] = Math.max(maxNotDurable[0], ahead);
              }
              return RecordOutcome.ACCEPTED;
            },
            0);
    DeliveryListener slowCheckpoints =
        new DeliveryListener() {
          @Override
          public void batchesCompleted(List<BatchCompletion> completions) {
            sleepMillis(2);
            completions.forEach(c -> durable.addAndGet(c.records().size()));
          }
        };

    DeliveryReport report =
        new DeliveryEngine("d", settings(100, 2)).deliver(writer, records(20_000, 20_000), slowCheckpoints);

    assertThat(report.accepted()).isEqualTo(20_000);
    // What a crash would send again: at most the settlement window (100 records per batch, 2
    // lanes: its minimum, 1,024 records).
    assertThat(maxNotDurable[0]).isPositive().isLessThanOrEqualTo(1_024);
  }

  @Test
  void lanesKeepSendingWhileTheListenerIsBusyAndItHearsWhatSettledMeanwhileAtOnce() {
    TestingObjectWriter writer = TestingObjectWriter.acceptingAll();
    List<Integer> groupSizes = new ArrayList<>();
    List<Long> settledThrough = new ArrayList<>();
    boolean[] lanesWaited = {false};
    DeliveryListener slow =
        new DeliveryListener() {
          @Override
          public void batchesCompleted(List<BatchCompletion> completions) {
            if (groupSizes.isEmpty()) {
              // The first call holds on until the lanes wrote 5 more batches.
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
              while (writer.batches.size() < 6 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
              }
              lanesWaited[0] = writer.batches.size() < 6;
            }
            groupSizes.add(completions.size());
            completions.forEach(c -> settledThrough.add(c.settledThrough()));
          }
        };

    DeliveryReport report =
        new DeliveryEngine("d", settings(10, 2)).deliver(writer, records(500, 500), slow);

    assertThat(report.accepted()).isEqualTo(500);
    assertThat(lanesWaited[0]).as("lanes waited for the listener").isFalse();
    assertThat(groupSizes).anyMatch(size -> size > 1);
    assertThat(groupSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(writer.batches.size());
    assertThat(settledThrough).isSorted().last().isEqualTo(999L);
  }

  private static Iterator<SequencedRecord> recordsIterator(int count) {
    return new Iterator<>() {
      long i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public SequencedRecord next() {
        long n = i++;
        return new SequencedRecord(
            n, new OutboundRecord("k" + n, Operation.UPSERT, n, Map.of(), "i" + n));
      }
    };
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
