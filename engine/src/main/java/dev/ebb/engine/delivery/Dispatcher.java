package dev.ebb.engine.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands the records the reader reads to their lanes in chunks: handing them over one by one would
 * wake an idle lane for every record, a thread switch per record when the reader is the slower
 * side. A chunk goes out when it is full, when it waited {@code maxDelay}, and whenever the reader
 * is about to wait (for settlement slots or at the end), so nothing a lane needs sits here.
 */
final class Dispatcher {

  /** Handed to every lane after the last record. */
  static final List<Item> END = List.of(Item.END);

  private final List<BlockingQueue<List<Item>>> queues;
  private final DeliveryRun run;
  private final int chunkSize;
  private final long maxDelayNanos;
  private final List<List<Item>> pending;
  /** When the oldest pending record was read; 0 when nothing is pending. */
  private long pendingSince;
  /** Set by {@link #end(long)}: a busy lane is waited for only until then (nanoTime). */
  private boolean bounded;
  private long deadline;
  private boolean ended;

  Dispatcher(List<BlockingQueue<List<Item>>> queues, DeliveryRun run, int chunkSize, long maxDelayNanos) {
    this.queues = queues;
    this.run = run;
    this.chunkSize = chunkSize;
    this.maxDelayNanos = maxDelayNanos;
    this.pending = new ArrayList<>(queues.size());
    for (int i = 0; i < queues.size(); i++) {
      pending.add(new ArrayList<>(chunkSize));
    }
  }

  /** Queues a record for its key's lane. */
  void dispatch(Item item) throws InterruptedException {
    int lane = lane(item.record().key(), queues.size());
    List<Item> chunk = pending.get(lane);
    chunk.add(item);
    long now = System.nanoTime();
    if (pendingSince == 0) {
      pendingSince = now;
    }
    if (chunk.size() >= chunkSize) {
      flush(lane);
    }
    if (now - pendingSince >= maxDelayNanos) {
      flushAll();
    }
  }

  /** Hands every pending record over: before the reader waits, and at the end. */
  void flushAll() throws InterruptedException {
    for (int lane = 0; lane < queues.size(); lane++) {
      flush(lane);
    }
    pendingSince = 0;
  }

  /** Tells every lane that no record follows. Only the first call does anything. */
  void end() throws InterruptedException {
    if (ended) {
      return;
    }
    ended = true;
    flushAll();
    for (BlockingQueue<List<Item>> queue : queues) {
      put(queue, END);
    }
  }

  /** As {@link #end()}, waiting for a busy lane only until {@code deadline} (nanoTime). */
  void end(long deadline) throws InterruptedException {
    this.bounded = true;
    this.deadline = deadline;
    end();
  }

  private void flush(int lane) throws InterruptedException {
    List<Item> chunk = pending.get(lane);
    if (!chunk.isEmpty()) {
      put(queues.get(lane), chunk);
      pending.set(lane, new ArrayList<>(chunkSize));
    }
  }

  private void put(BlockingQueue<List<Item>> queue, List<Item> chunk) throws InterruptedException {
    while (!run.stopped() && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
      // the lane is busy: back-pressure on the reader
      if (bounded && System.nanoTime() - deadline > 0) {
        return;
      }
    }
  }

  static int lane(String key, int lanes) {
    int hash = key.hashCode();
    return Math.floorMod(hash ^ (hash >>> 16), lanes);
  }
}
