package dev.ebb.engine.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One of a destination's concurrent writers. A key always lands in the same lane and a lane sends
 * one batch at a time, retries included, so per-key order holds.
 */
final class Lane implements Runnable {

  private static final long POLL_MILLIS = 100;

  private final BlockingQueue<List<Item>> queue;
  /** The rest of the chunk taken last. */
  private final ArrayDeque<Item> chunk = new ArrayDeque<>();
  private final BatchSender sender;
  private final DeliveryRun run;
  private final int batchSize;
  private final long lingerNanos;
  private final Set<String> keysInBatch = new HashSet<>();
  private Item carried;
  private boolean ended;

  Lane(BlockingQueue<List<Item>> queue, BatchSender sender, DeliveryRun run, int batchSize, long lingerNanos) {
    this.queue = queue;
    this.sender = sender;
    this.run = run;
    this.batchSize = batchSize;
    this.lingerNanos = lingerNanos;
  }

  @Override
  public void run() {
    List<Item> batch = new ArrayList<>(batchSize);
    try {
      while ((!ended || carried != null) && !run.stopped()) {
        collect(batch);
        if (!batch.isEmpty()) {
          sender.send(batch); // empties it
        }
      }
    } catch (InterruptedException e) {
      run.stop(DeliveryReport.Status.INTERRUPTED, "delivery interrupted");
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      run.stop(DeliveryReport.Status.FAILED, "delivery failed: " + e);
    }
  }

  /**
   * Fills a batch: waits for a first record, then lingers a little for a full batch. A key
   * appears at most once per batch: a later change of the same key waits for the next batch, so
   * it is never accepted while the earlier one is still being retried.
   */
  private void collect(List<Item> batch) throws InterruptedException {
    keysInBatch.clear();
    Item first = carried;
    carried = null;
    while (first == null && !run.stopped()) {
      first = poll(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
    if (!accept(first, batch)) {
      return;
    }
    long deadline = System.nanoTime() + lingerNanos;
    while (batch.size() < batchSize) {
      Item next = poll(0);
      if (next == null) {
        long remaining = deadline - System.nanoTime();
        next = remaining > 0 ? poll(remaining) : null;
      }
      if (!accept(next, batch)) {
        return;
      }
    }
  }

  /** The next record, waiting up to {@code nanos} for a chunk; null when none came. */
  private Item poll(long nanos) throws InterruptedException {
    if (chunk.isEmpty()) {
      List<Item> next = nanos > 0 ? queue.poll(nanos, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        return null;
      }
      chunk.addAll(next);
    }
    return chunk.poll();
  }

  private boolean accept(Item item, List<Item> batch) {
    if (item == null) {
      return false;
    }
    if (item == Item.END) {
      ended = true;
      return false;
    }
    if (!keysInBatch.add(item.record().key())) {
      carried = item;
      return false;
    }
    batch.add(item);
    return true;
  }
}
