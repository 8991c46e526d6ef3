package dev.ebb.engine.delivery;

import java.time.Duration;
import java.util.List;

/**
 * Hears what a delivery does. {@link #batchesCompleted} (hence {@link #batchCompleted}) is called
 * on one thread of the delivery's own, in the order batches settled, and
 * {@link BatchCompletion#settledThrough()} never decreases, so a listener can checkpoint directly.
 * Lanes do not wait for these calls; the reader does, through the settlement window, which is
 * released only as the listener returns. {@link #waited} may be called from any lane at any time
 * (it is for metrics) and must be thread-safe.
 */
public interface DeliveryListener {

  DeliveryListener NONE = new DeliveryListener() {};

  /**
   * A batch is settled: every record has its final outcome for this run. Records the destination
   * refused for good are the batch's {@link dev.ebb.destination.api.RecordOutcome.Rejected} outcomes.
   */
  default void batchCompleted(BatchCompletion completion) {}

  /**
   * Batches that settled while the listener was busy, in settlement order (often just one). A
   * listener that makes them durable can do so in one transaction; by default each is heard alone.
   */
  default void batchesCompleted(List<BatchCompletion> completions) {
    completions.forEach(this::batchCompleted);
  }

  /** The delivery paused before a request. Thread-safe, not serialized with the other calls. */
  default void waited(WaitKind kind, Duration duration) {}

  /** Why a delivery paused. */
  enum WaitKind {
    /** The destination's rate limit. */
    RATE_LIMIT,
    /** A {@code Retry-After} the destination asked for. */
    RETRY_AFTER,
    /** Backoff before retrying failed records. */
    BACKOFF
  }
}
