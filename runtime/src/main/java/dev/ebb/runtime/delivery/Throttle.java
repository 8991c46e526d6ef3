package dev.ebb.runtime.delivery;

import dev.ebb.runtime.delivery.DeliveryListener.WaitKind;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pace of requests to one destination: a token bucket of one permit per 1/rate seconds (so no
 * burst can overrun a sliding-window quota), a {@code Retry-After} gate shared by every lane, and
 * additive-increase / multiplicative-decrease of the rate when the destination throttles.
 */
final class Throttle {

  private static final double DECREASE = 0.9;
  private static final double INCREASE_SHARE = 0.05;
  // Permits spaced 1% wider than 1/rate: network jitter must not push a sliding-window quota over.
  private static final double SPACING_MARGIN = 1.01;
  private static final long ADJUST_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long DECREASE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final String name;
  private final double maxRate;
  private final AtomicLong notBefore = new AtomicLong(System.nanoTime());
  private volatile RateLimiter limiter;
  private double rate;
  private long lastAdjust = System.nanoTime() - ADJUST_INTERVAL_NANOS;

  Throttle(String name, double requestsPerSecond) {
    this.name = name;
    this.maxRate = requestsPerSecond;
    this.rate = requestsPerSecond;
    this.limiter = requestsPerSecond > 0 ? limiter(requestsPerSecond) : null;
  }

  /** Blocks until {@code requests} requests may go out. */
  void awaitTurn(int requests, DeliveryRun run) throws InterruptedException {
    RateLimiter current = limiter;
    if (current != null) {
      for (int i = 0; i < requests && !run.stopped(); i++) {
        long wait = current.reservePermission();
        if (wait > 0) {
          run.sleep(wait);
          run.waited(WaitKind.RATE_LIMIT, wait);
        }
      }
    }
    awaitRetryAfter(run);
  }

  /** Blocks while a {@code Retry-After} is running; checked again right before each request. */
  void awaitRetryAfter(DeliveryRun run) throws InterruptedException {
    long remaining;
    while ((remaining = notBefore.get() - System.nanoTime()) > 0 && !run.stopped()) {
      run.sleep(remaining);
      run.waited(WaitKind.RETRY_AFTER, remaining);
    }
  }

  /** No request to the destination before {@code wait} has passed. */
  void deferFor(Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    notBefore.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
  }

  synchronized void throttled() {
    long now = System.nanoTime();
    if (maxRate <= 0 || now - lastAdjust < DECREASE_INTERVAL_NANOS) {
      return;
    }
    rate = Math.max(maxRate * 0.05, rate * DECREASE);
    limiter = limiter(rate);
    lastAdjust = now;
  }

  void succeeded() {
    if (maxRate <= 0 || rate >= maxRate) {
      return;
    }
    synchronized (this) {
      long now = System.nanoTime();
      if (rate < maxRate && now - lastAdjust >= ADJUST_INTERVAL_NANOS) {
        rate = Math.min(maxRate, rate + maxRate * INCREASE_SHARE);
        limiter = limiter(rate);
        lastAdjust = now;
      }
    }
  }

  synchronized double currentRate() {
    return rate;
  }

  private RateLimiter limiter(double requestsPerSecond) {
    long period = Math.max(1_000L, Math.round(SPACING_MARGIN * 1_000_000_000d / requestsPerSecond));
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofNanos(period))
            .timeoutDuration(Duration.ofDays(1))
            .build();
    return RateLimiter.of(name, config);
  }
}
