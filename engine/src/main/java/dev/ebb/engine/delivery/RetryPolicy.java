package dev.ebb.engine.delivery;

import java.time.Duration;

/**
 * Retries of retryable failures within one run: exponential backoff with jitter, bounded by
 * attempts and elapsed time. A record still failing afterwards stays pending for the next run.
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsed) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }
}
