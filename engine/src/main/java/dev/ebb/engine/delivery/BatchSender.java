package dev.ebb.engine.delivery;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteResult;
import dev.ebb.engine.delivery.DeliveryListener.WaitKind;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes one batch until every record has a final outcome: retryable records are sent again
 * (backoff with jitter, or the destination's {@code Retry-After}) until the retry policy runs out.
 */
final class BatchSender {

  private static final long HALF_OPEN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final DateTimeFormatter PROBE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final ObjectWriter writer;
  private final DeliveryRun run;
  private final Throttle throttle;
  private final Circuit circuit;
  private final RetryPolicy retry;
  private final IntervalFunction backoff;
  private final String destination;

  BatchSender(
      String destination,
      ObjectWriter writer,
      DeliveryRun run,
      Throttle throttle,
      Circuit circuit,
      RetryPolicy retry) {
    this.destination = destination;
    this.writer = writer;
    this.run = run;
    this.throttle = throttle;
    this.circuit = circuit;
    this.retry = retry;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            retry.initialBackoff(), 2.0, 0.5, retry.maxBackoff());
  }

  /**
   * Sends a batch until it settles. Empties {@code items}: once mapped, the rows they were read
   * as are garbage, and the batch may take long to settle.
   */
  void send(List<Item> items) throws InterruptedException {
    long[] slots = new long[items.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = items.get(i).slot();
    }
    List<SequencedRecord> prepared = prepare(items);
    items.clear();
    if (prepared == null) {
      return;
    }
    RecordOutcome[] outcomes = new RecordOutcome[slots.length];
    List<Integer> pending = new ArrayList<>(slots.length);
    for (int i = 0; i < slots.length; i++) {
      pending.add(i);
    }
    long start = System.nanoTime();
    String firstBatchId = null;
    int attempts = 0;
    while (!pending.isEmpty()) {
      List<OutboundRecord> records = new ArrayList<>(pending.size());
      pending.forEach(i -> records.add(prepared.get(i).record()));
      RecordBatch batch = new RecordBatch(BatchIds.of(records), records);
      firstBatchId = firstBatchId == null ? batch.batchId() : firstBatchId;
      int requestCount = writer.requestCount(records.size());
      throttle.awaitTurn(requestCount, run);
      if (!acquireCircuit()) {
        return;
      }
      throttle.awaitRetryAfter(run);
      if (run.stopped()) {
        circuit.release();
        return;
      }
      attempts++;
      run.countRequests(requestCount);
      List<RecordOutcome> results = write(batch);
      if (results == null) {
        return;
      }
      List<Integer> retryable = new ArrayList<>();
      Duration retryAfter = null;
      boolean throttled = false;
      for (int j = 0; j < pending.size(); j++) {
        RecordOutcome outcome = results.get(j);
        outcomes[pending.get(j)] = outcome;
        if (outcome instanceof RecordOutcome.Retryable r) {
          retryable.add(pending.get(j));
          throttled |= r.throttled();
          if (r.retryAfter() != null && (retryAfter == null || r.retryAfter().compareTo(retryAfter) > 0)) {
            retryAfter = r.retryAfter();
          }
        }
      }
      if (throttled) {
        throttle.throttled();
      } else if (retryable.isEmpty()) {
        throttle.succeeded();
      }
      if (retryAfter != null) {
        throttle.deferFor(retryAfter);
      }
      if (retryable.isEmpty() || !retryLater(attempts, start, retryAfter)) {
        break;
      }
      pending = retryable;
    }
    if (run.stopped() && !pending.isEmpty() && attempts < retry.maxAttempts()) {
      return; // stopped while retrying: the batch stays pending
    }
    run.settle(firstBatchId, slots, prepared, outcomes, attempts);
  }

  /** Maps the batch's records on this lane's thread; {@code null} (delivery stopped) when one fails. */
  private List<SequencedRecord> prepare(List<Item> items) {
    List<SequencedRecord> prepared = new ArrayList<>(items.size());
    for (Item item : items) {
      try {
        prepared.add(item.record().prepare());
      } catch (RuntimeException e) {
        run.stop(DeliveryReport.Status.FAILED, "mapping the record of key " + item.record().key() + " failed: " + e);
        return null;
      }
    }
    return prepared;
  }

  /** The outcomes of one write call, or {@code null} when the delivery must stop. */
  private List<RecordOutcome> write(RecordBatch batch) {
    List<RecordOutcome> outcomes;
    try {
      WriteResult result = writer.write(batch);
      if (result.outcomes().size() != batch.size()) {
        throw new IllegalStateException(
            "the destination returned "
                + result.outcomes().size()
                + " outcomes for "
                + batch.size()
                + " records");
      }
      outcomes = result.outcomes();
    } catch (DestinationException e) {
      circuit.failed();
      if (!e.isRetryable()) {
        run.stop(DeliveryReport.Status.FAILED, destination + ": " + e.getMessage());
        return null;
      }
      RecordOutcome outcome =
          new RecordOutcome.Retryable(e.getMessage(), e.retryAfter().orElse(null), e.isThrottled());
      return java.util.Collections.nCopies(batch.size(), outcome);
    } catch (RuntimeException e) {
      circuit.failed();
      run.stop(DeliveryReport.Status.FAILED, destination + ": " + e);
      return null;
    }
    if (outcomes.stream().allMatch(o -> o instanceof RecordOutcome.Retryable)) {
      circuit.failed();
    } else {
      circuit.succeeded();
    }
    return outcomes;
  }

  /** Waits before the next attempt; false when the retry policy has run out. */
  private boolean retryLater(int attempts, long start, Duration retryAfter)
      throws InterruptedException {
    long delay =
        retryAfter != null ? 0 : TimeUnit.MILLISECONDS.toNanos(backoff.apply(attempts));
    long elapsed = System.nanoTime() - start;
    if (attempts >= retry.maxAttempts() || elapsed + delay > retry.maxElapsed().toNanos()) {
      return false;
    }
    if (delay > 0) {
      run.sleep(delay);
      run.waited(WaitKind.BACKOFF, delay);
    }
    return !run.stopped();
  }

  /** Waits out another worker's probe; false (and the delivery stops) when the circuit is open. */
  private boolean acquireCircuit() throws InterruptedException {
    while (true) {
      switch (circuit.tryAcquire()) {
        case SEND -> {
          return true;
        }
        case OPEN -> {
          Instant probeAt = circuit.probeAt(); // null only if another worker closed it meanwhile
          run.stop(
              DeliveryReport.Status.CIRCUIT_OPEN,
              "circuit breaker of destination '" + destination + "' is open after repeated failures"
                  + (probeAt == null ? "" : "; the next attempt goes out after " + PROBE_TIME.format(probeAt)));
          return false;
        }
        case WAIT -> {
          run.sleep(HALF_OPEN_POLL_NANOS);
          if (run.stopped()) {
            return false;
          }
        }
      }
    }
  }
}
