package dev.ebb.engine.delivery;

import dev.ebb.destination.api.RecordOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the listener's serialized methods of one delivery on a thread of its own, so that lanes
 * never wait for the listener (which writes to the state store). Batches reach the listener in the
 * order they settled, and when it is slower than the lanes it gets every batch that settled
 * meanwhile at once, to make them durable together.
 *
 * <p>Nothing here is unbounded: a batch's settlement slots are released for the reader only after
 * the listener returned for it, so what waits here stays within the settlement window.
 */
final class ListenerThread implements Runnable {

  private final DeliveryListener listener;
  private final SettlementTracker tracker;
  private final DeliveryRun run;
  private final ArrayDeque<Settled> queue = new ArrayDeque<>();
  private boolean closed;
  /** Once the listener failed it hears nothing more: a later checkpoint could skip what it lost. */
  private boolean listenerFailed;

  /** A settled batch and the settlement slots its durability releases. */
  private record Settled(BatchCompletion completion, long releases) {}

  ListenerThread(DeliveryListener listener, SettlementTracker tracker, DeliveryRun run) {
    this.listener = listener;
    this.tracker = tracker;
    this.run = run;
  }

  /**
   * Settles a batch's slots and queues its completion, atomically: the listener hears {@code
   * settledThrough} in the order it was reached, never a later value before an earlier batch.
   */
  synchronized void settled(
      String batchId,
      long[] slots,
      List<SequencedRecord> records,
      RecordOutcome[] outcomes,
      int attempts) {
    long through = tracker.settle(slots);
    BatchCompletion completion =
        new BatchCompletion(batchId, records, List.of(outcomes), through, attempts);
    queue.add(new Settled(completion, tracker.settledSlots()));
    notifyAll();
  }

  /** No more batches will settle; the thread ends once the listener heard the queued ones. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  @Override
  public void run() {
    boolean drained = false;
    try {
      List<Settled> group;
      while (!(group = next()).isEmpty()) {
        if (!listenerFailed) {
          hear(group);
        }
      }
      drained = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!drained) {
        // Nothing would release the settlement window any more: the reader must not wait for it.
        run.stop(DeliveryReport.Status.FAILED, "the delivery listener's thread ended early");
      }
    }
  }

  /** Every queued batch, waiting for one; empty once closed and drained. */
  private synchronized List<Settled> next() throws InterruptedException {
    while (queue.isEmpty() && !closed) {
      wait();
    }
    List<Settled> group = new ArrayList<>(queue);
    queue.clear();
    return group;
  }

  private void hear(List<Settled> group) {
    List<BatchCompletion> completions = new ArrayList<>(group.size());
    try {
      for (Settled settled : group) {
        completions.add(settled.completion());
      }
      listener.batchesCompleted(completions);
      tracker.release(group.get(group.size() - 1).releases());
    } catch (RuntimeException e) {
      listenerFailed = true;
      run.stop(DeliveryReport.Status.FAILED, "recording delivery outcomes failed: " + e);
    }
  }
}
