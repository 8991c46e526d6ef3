package dev.ebb.engine.delivery;

import java.util.function.BooleanSupplier;

/**
 * Finds the highest sequence below which every record is settled, while lanes settle records out
 * of order. A ring of slots in reading order; reading blocks when the ring is full, which bounds
 * memory even when one lane lags behind the others.
 *
 * <p>A settled slot is reused only once it is also released, that is once the listener made its
 * batch durable (checkpointed): records read ahead of the durable checkpoint, which a crash would
 * send again, stay within the ring's capacity.
 */
final class SettlementTracker {

  private final long[] sequences;
  private final boolean[] settled;
  /** Slots before it are released: reusable. */
  private long released;
  /** Slots before it are settled. */
  private long head;
  /** The next slot to take. */
  private long tail;
  private long lastSequence = Long.MIN_VALUE;
  private long settledThrough = -1;

  SettlementTracker(int capacity) {
    sequences = new long[capacity];
    settled = new boolean[capacity];
  }

  /** Whether {@link #register} would take a slot without waiting. */
  synchronized boolean hasRoom() {
    return tail - released < sequences.length;
  }

  /** Takes a slot for the next record read; -1 when {@code stopped} turned true while waiting. */
  synchronized long register(long sequence, BooleanSupplier stopped) throws InterruptedException {
    if (sequence <= lastSequence) {
      throw new IllegalArgumentException(
          "record sequences must increase: " + sequence + " after " + lastSequence);
    }
    while (tail - released == sequences.length) {
      if (stopped.getAsBoolean()) {
        return -1;
      }
      wait(100);
    }
    int index = (int) (tail % sequences.length);
    sequences[index] = sequence;
    settled[index] = false;
    lastSequence = sequence;
    return tail++;
  }

  /**
   * Marks slots settled; returns the highest contiguous settled sequence. {@link #settledSlots}
   * then tells what to {@link #release} once that is durable.
   */
  synchronized long settle(long[] slots) {
    for (long slot : slots) {
      settled[(int) (slot % sequences.length)] = true;
    }
    while (head < tail && settled[(int) (head % sequences.length)]) {
      settledThrough = sequences[(int) (head % sequences.length)];
      head++;
    }
    return settledThrough;
  }

  /** How many slots, from the first, are settled. */
  synchronized long settledSlots() {
    return head;
  }

  /** Lets the reader reuse the slots before {@code slots} (a {@link #settledSlots} value). */
  synchronized void release(long slots) {
    if (slots > released) {
      released = Math.min(slots, head);
      notifyAll();
    }
  }

  synchronized long settledThrough() {
    return settledThrough;
  }

  /** Records read and not yet settled. */
  synchronized long unsettled() {
    long count = 0;
    for (long slot = head; slot < tail; slot++) {
      if (!settled[(int) (slot % sequences.length)]) {
        count++;
      }
    }
    return count;
  }
}
