package dev.ebb.engine.delivery;

import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.engine.delivery.DeliveryListener.WaitKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of one delivery: settlement, counts, the first stop reason, and the listener's thread.
 * Lanes hand settled batches over and go on sending: the listener (which may write to the state
 * store) hears them on its own thread.
 */
final class DeliveryRun {

  private static final long SLEEP_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final DeliveryListener listener;
  private final SettlementTracker tracker;
  private final ListenerThread listenerThread;
  private final Thread thread;
  private final AtomicLong requests = new AtomicLong();
  private volatile DeliveryReport.Status stopStatus;
  private volatile String stopReason;
  private long accepted;
  private long skipped;
  private long rejected;
  private long failed;

  DeliveryRun(String destination, DeliveryListener listener, SettlementTracker tracker) {
    this.listener = listener;
    this.tracker = tracker;
    this.listenerThread = new ListenerThread(listener, tracker, this);
    this.thread = new Thread(listenerThread, "ebb-delivery-" + destination + "-listener");
    thread.setDaemon(true);
  }

  void startListener() {
    thread.start();
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
      String batchId, long[] slots, List<SequencedRecord> records, RecordOutcome[] outcomes, int attempts) {
    synchronized (this) {
      for (RecordOutcome outcome : outcomes) {
        count(outcome);
      }
    }
    listenerThread.settled(batchId, slots, records, outcomes, attempts);
  }

  /**
   * Waits until the listener heard every settled batch; call once the lanes ended. Waits on
   * through an interrupt (and restores it): the listener is what checkpoints settled batches.
   */
  void awaitListener() {
    listenerThread.close();
    joinUninterruptibly(thread);
  }

  /** Joins a thread of this delivery until {@code deadline} (nanoTime), restoring the caller's interrupt after. */
  static void joinUntil(Thread thread, long deadline) {
    boolean interrupted = false;
    long remaining;
    while (thread.isAlive() && (remaining = deadline - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Joins a thread of this delivery, restoring the caller's interrupt after. */
  static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
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

  /** Called on the lane that waited, not the listener's thread: metrics must not queue behind a checkpoint. */
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

  /** The outcome; after {@link #awaitListener}. */
  synchronized DeliveryReport report() {
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
