package dev.ebb.runtime.delivery;

import java.util.function.BooleanSupplier;

/**
 * Finds the highest sequence below which every record is settled, while lanes settle records out
 * of order. A ring of slots in reading order; reading blocks when the ring is full, which bounds
 * memory even when one lane lags behind the others.
 */
final class SettlementTracker {

  private final long[] sequences;
  private final boolean[] settled;
  private long head;
  private long tail;
  private long lastSequence = Long.MIN_VALUE;
  private long settledThrough = -1;

  SettlementTracker(int capacity) {
    sequences = new long[capacity];
    settled = new boolean[capacity];
  }

  /** Takes a slot for the next record read; -1 when {@code stopped} turned true while waiting. */
  synchronized long register(long sequence, BooleanSupplier stopped) throws InterruptedException {
    if (sequence <= lastSequence) {
      throw new IllegalArgumentException(
          "record sequences must increase: " + sequence + " after " + lastSequence);
    }
    while (tail - head == sequences.length) {
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

  /** Marks slots settled; returns the highest contiguous settled sequence. */
  synchronized long settle(long[] slots) {
    for (long slot : slots) {
      settled[(int) (slot % sequences.length)] = true;
    }
    while (head < tail && settled[(int) (head % sequences.length)]) {
      settledThrough = sequences[(int) (head % sequences.length)];
      head++;
    }
    notifyAll();
    return settledThrough;
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
