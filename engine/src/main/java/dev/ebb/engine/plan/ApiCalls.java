package dev.ebb.engine.plan;

import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.DestinationLimits;
import dev.ebb.destination.api.Capabilities;
import java.time.Duration;
import java.util.Optional;

/**
 * The requests a sync's records take at its destination: one per batch, batches as large as the
 * destination's {@code limits.batch_size} (capped by the type's maximum), sent no faster than its
 * {@code requests_per_second}.
 *
 * @param requestsPerSecond 0 when the destination is not rate limited
 */
public record ApiCalls(long records, int batchSize, long requests, double requestsPerSecond, int maxConcurrency) {

  /** The limits the delivery engine will use: the destination's YAML, else the type's defaults. */
  public static ApiCalls estimate(Destination destination, Capabilities capabilities, long records) {
    DestinationLimits limits = destination.limits() == null ? DestinationLimits.DEFAULTS : destination.limits();
    int batchSize = Math.max(1, Math.min(
        limits.batchSize() != null ? limits.batchSize() : capabilities.defaultBatchSize(), capabilities.maxBatchSize()));
    double rate = limits.requestsPerSecond() != null ? limits.requestsPerSecond() : capabilities.defaultRequestsPerSecond();
    int concurrency = Math.max(1, limits.maxConcurrency() != null ? limits.maxConcurrency() : capabilities.defaultMaxConcurrency());
    long requests = (records + batchSize - 1) / batchSize;
    return new ApiCalls(records, batchSize, requests, rate, concurrency);
  }

  /** The least time the requests take under the rate limit; empty when the rate is unlimited. */
  public Optional<Duration> minimumDuration() {
    if (requestsPerSecond <= 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) Math.ceil(requests * 1000.0 / requestsPerSecond)));
  }
}
