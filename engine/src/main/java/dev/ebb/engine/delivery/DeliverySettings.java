package dev.ebb.engine.delivery;

import java.time.Duration;

/**
 * How one destination is fed.
 *
 * @param requestsPerSecond the token-bucket rate; 0 for unlimited
 * @param maxConcurrency lanes writing at once; a key always goes to the same lane
 * @param linger how long a lane waits to fill a batch before sending a partial one
 */
public record DeliverySettings(
    int batchSize,
    int maxConcurrency,
    double requestsPerSecond,
    Duration linger,
    RetryPolicy retry,
    BreakerPolicy breaker) {

  public DeliverySettings {
    if (batchSize < 1 || maxConcurrency < 1 || requestsPerSecond < 0) {
      throw new IllegalArgumentException(
          "batch size and concurrency must be positive, the rate not negative");
    }
  }

  public static DeliverySettings of(int batchSize, int maxConcurrency, double requestsPerSecond) {
    return new DeliverySettings(
        batchSize,
        maxConcurrency,
        requestsPerSecond,
        Duration.ofMillis(50),
        RetryPolicy.DEFAULT,
        BreakerPolicy.DEFAULT);
  }

  public DeliverySettings withRetry(RetryPolicy value) {
    return new DeliverySettings(batchSize, maxConcurrency, requestsPerSecond, linger, value, breaker);
  }

  public DeliverySettings withBreaker(BreakerPolicy value) {
    return new DeliverySettings(batchSize, maxConcurrency, requestsPerSecond, linger, retry, value);
  }
}
