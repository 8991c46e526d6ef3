package dev.ebb.runtime.delivery;

import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.runtime.delivery.DeliveryListener.WaitKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of one delivery: settlement, counts, the first stop reason, and the serialized calls
 * to the listener. Listener calls hold {@code listenerLock} (they may write to the state store);
 * request counts and the stop flag never wait for them, so lanes keep sending meanwhile.
 */
final class DeliveryRun {

  private static final long SLEEP_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final String destination;
  private final DeliveryListener listener;
  private final SettlementTracker tracker;
  private final Object listenerLock = new Object();
  private final AtomicLong requests = new AtomicLong();
  private volatile DeliveryReport.Status stopStatus;
  private volatile String stopReason;
  private long accepted;
  private long skipped;
  private long rejected;
  private long failed;

  DeliveryRun(String destination, DeliveryListener listener, SettlementTracker tracker) {
    this.destination = destination;
    this.listener = listener;
    this.tracker = tracker;
  }

  SettlementTracker tracker() {
    return tracker;
  }

  boolean stopped() {
    return stopStatus != null;
  }

  synchronized void stop(DeliveryReport.Status status, String reason) {
    if (stopStatus == null) {
      stopReason = reason;
      stopStatus = status;
    }
  }

  void countRequests(int count) {
    requests.addAndGet(count);
  }

  void settle(
      String batchId, List<Item> items, List<SequencedRecord> records, RecordOutcome[] outcomes, int attempts) {
    synchronized (listenerLock) {
      settleSerialized(batchId, items, records, outcomes, attempts);
    }
  }

  private void settleSerialized(
      String batchId, List<Item> items, List<SequencedRecord> records, RecordOutcome[] outcomes, int attempts) {
    long[] slots = new long[items.size()];
    synchronized (this) {
      for (int i = 0; i < items.size(); i++) {
        slots[i] = items.get(i).slot();
        count(outcomes[i]);
      }
    }
    try {
      for (int i = 0; i < items.size(); i++) {
        if (outcomes[i] instanceof RecordOutcome.Rejected r) {
          listener.deadLettered(new DeadLetter(destination, records.get(i), r.reason()));
        }
      }
      long through = tracker.settle(slots);
      listener.batchCompleted(
          new BatchCompletion(batchId, records, List.of(outcomes), through, attempts));
    } catch (RuntimeException e) {
      stop(DeliveryReport.Status.FAILED, "recording delivery outcomes failed: " + e);
    }
  }

  private void count(RecordOutcome outcome) {
    if (outcome instanceof RecordOutcome.Accepted) {
      accepted++;
    } else if (outcome instanceof RecordOutcome.Skipped) {
      skipped++;
    } else if (outcome instanceof RecordOutcome.Rejected) {
      rejected++;
    } else {
      failed++;
    }
  }

  /** Not under the listener lock: a lane waiting for its rate-limit permit must not queue behind a checkpoint. */
  void waited(WaitKind kind, long nanos) {
    try {
      listener.waited(kind, Duration.ofNanos(nanos));
    } catch (RuntimeException e) {
      stop(DeliveryReport.Status.FAILED, "delivery listener failed: " + e);
    }
  }

  /** Sleeps, waking early when the delivery stops. */
  void sleep(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    long remaining;
    while ((remaining = deadline - System.nanoTime()) > 0 && !stopped()) {
      TimeUnit.NANOSECONDS.sleep(Math.min(remaining, SLEEP_SLICE_NANOS));
    }
  }

  DeliveryReport report() {
    synchronized (listenerLock) {
      return reportSerialized();
    }
  }

  private synchronized DeliveryReport reportSerialized() {
    DeliveryReport.Status status = stopStatus == null ? DeliveryReport.Status.COMPLETED : stopStatus;
    return new DeliveryReport(
        status,
        accepted,
        skipped,
        rejected,
        failed,
        tracker.unsettled(),
        requests.get(),
        tracker.settledThrough(),
        stopReason);
  }
}
