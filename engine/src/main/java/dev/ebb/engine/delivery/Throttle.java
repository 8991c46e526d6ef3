package dev.ebb.engine.delivery;

import dev.ebb.engine.delivery.DeliveryListener.WaitKind;
import dev.ebb.engine.state.DestinationControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pace of requests to one destination, kept together with every other process delivering to
 * it.
 *
 * <p>The destination's requests take slots on one time line, 1/rate apart, held in the {@link
 * ControlStore}: a process reserves a lease of the next free slots, covering {@link #LEASE_NANOS}
 * (one round trip to the store per lease, not per request), and spaces its own requests inside it.
 * The next lease is reserved as soon as the current one is in use, by the lane that took a slot,
 * before it waits for the slot: a round trip shorter than a lease delays no request. Slots are never handed out
 * twice and a slot left unused in the past is dropped, never caught up
 * on, so all processes together stay at the rate with no burst, while a process alone still gets
 * every slot. A {@code Retry-After} sets a "not before" time for every process, and when the
 * destination throttles, this process lowers its own rate (multiplicative decrease, additive
 * increase), reserving fewer slots per lease.
 */
final class Throttle {

  /** How much of the time line one reservation covers: ten round trips a second to the store. */
  static final long LEASE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final double DECREASE = 0.9;
  private static final double INCREASE_SHARE = 0.05;
  // Slots spaced 1% wider than 1/rate: network jitter must not push a sliding-window quota over.
  private static final double SPACING_MARGIN = 1.01;
  private static final long ADJUST_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long DECREASE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final double maxRate;
  private final ControlView controls;
  private final Clock clock;
  private volatile double rate;
  private long lastAdjust = System.nanoTime() - ADJUST_INTERVAL_NANOS;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition leaseArrived = lock.newCondition();
  /** The next slot of this process's lease, and where the lease ends (epoch nanoseconds). */
  private long cursor;
  private long leaseEnd;
  /** The lease reserved ahead, to follow the current one; {@code nextEnd == 0} when none. */
  private long nextStart;
  private long nextEnd;
  /** Whether a lane is reserving a lease: the others wait for it rather than reserve too. */
  private boolean reserving;

  Throttle(double requestsPerSecond, ControlView controls, Clock clock) {
    this.maxRate = requestsPerSecond;
    this.rate = requestsPerSecond;
    this.controls = controls;
    this.clock = clock;
  }

  /** Blocks until {@code requests} requests may go out. */
  void awaitTurn(int requests, DeliveryRun run) throws InterruptedException {
    if (maxRate > 0) {
      for (int i = 0; i < requests && !run.stopped(); i++) {
        long slot = take(now());
        reserveAhead(now());
        long wait = slot - now();
        if (wait > 0) {
          run.sleep(wait);
          run.waited(WaitKind.RATE_LIMIT, wait);
        }
      }
    }
    awaitRetryAfter(run);
  }

  /** Blocks while a {@code Retry-After} of any worker is running; checked again right before each request. */
  void awaitRetryAfter(DeliveryRun run) throws InterruptedException {
    long remaining;
    while ((remaining = controls.current().notBefore() - now()) > 0 && !run.stopped()) {
      run.sleep(remaining);
      run.waited(WaitKind.RETRY_AFTER, remaining);
    }
  }

  /** No request to the destination, from any worker, before {@code wait} has passed. */
  void deferFor(Duration wait) {
    long until = now() + wait.toNanos();
    controls.update(c -> c.notBefore() >= until ? c : c.withNotBefore(until));
  }

  /**
   * The slot (epoch nanoseconds) of the next request of this process, at {@code now} or later:
   * from its lease, then from the one reserved ahead, else from a lease reserved now.
   */
  long take(long now) {
    lock.lock();
    try {
      while (true) {
        long slot = Math.max(cursor, now);
        if (slot < leaseEnd) {
          cursor = slot + spacing();
          return slot;
        }
        if (nextEnd > 0) {
          cursor = nextStart;
          leaseEnd = nextEnd;
          nextEnd = 0;
        } else if (reserving) {
          leaseArrived.awaitUninterruptibly();
        } else {
          reserve(now);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Reserves the lease to follow the current one, unless done already. */
  void reserveAhead(long now) {
    lock.lock();
    try {
      if (!reserving && nextEnd == 0 && leaseEnd > 0) {
        reserve(now);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reserves a lease to follow the current one. Called holding the lock, which is let go during the
   * round trip to the store, so that the other lanes keep taking slots of the current lease.
   */
  private void reserve(long now) {
    long spacing = spacing();
    int count = (int) Math.max(1, LEASE_NANOS / spacing);
    reserving = true;
    lock.unlock();
    DestinationControl reserved;
    try {
      // The time is read again once the store holds the row: a lease granted after a wait for
      // another process's transaction must not start in the past, its slots already gone.
      reserved = controls.update(c -> reserve(c, Math.max(now, now()), count, spacing));
    } finally {
      lock.lock();
      reserving = false;
      leaseArrived.signalAll();
    }
    nextStart = reserved.nextSlot() - count * spacing;
    nextEnd = reserved.nextSlot();
  }

  /**
   * Reserves {@code count} slots {@code spacing} apart on the shared time line: from its first free
   * slot, but never before {@code now} (unused slots are not caught up on) nor before a running
   * {@code Retry-After}. The lease ends at the returned state's next slot.
   */
  static DestinationControl reserve(DestinationControl control, long now, int count, long spacing) {
    long start = Math.max(control.nextSlot(), Math.max(control.notBefore(), now));
    return control.withNextSlot(start + count * spacing);
  }

  void throttled() {
    lock.lock();
    try {
      long now = System.nanoTime();
      if (maxRate > 0 && now - lastAdjust >= DECREASE_INTERVAL_NANOS) {
        rate = Math.max(maxRate * 0.05, rate * DECREASE);
        lastAdjust = now;
      }
    } finally {
      lock.unlock();
    }
  }

  void succeeded() {
    if (maxRate <= 0 || rate >= maxRate) {
      return;
    }
    lock.lock();
    try {
      long now = System.nanoTime();
      if (rate < maxRate && now - lastAdjust >= ADJUST_INTERVAL_NANOS) {
        rate = Math.min(maxRate, rate + maxRate * INCREASE_SHARE);
        lastAdjust = now;
      }
    } finally {
      lock.unlock();
    }
  }

  double currentRate() {
    lock.lock();
    try {
      return rate;
    } finally {
      lock.unlock();
    }
  }

  /** Nanoseconds between two slots at the current rate. */
  private long spacing() {
    return Math.max(1, Math.round(SPACING_MARGIN * 1_000_000_000d / rate));
  }

  private long now() {
    return epochNanos(clock.instant());
  }

  static long epochNanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
