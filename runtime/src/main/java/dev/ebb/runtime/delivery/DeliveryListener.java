package dev.ebb.runtime.delivery;

import java.time.Duration;

/**
 * Hears what a delivery does. {@link #batchCompleted} and {@link #deadLettered} calls are
 * serialized (never two at once) and {@link BatchCompletion#settledThrough()} never decreases, so
 * a listener can checkpoint directly. {@link #waited} may be called from any lane at any time (it
 * is for metrics) and must be thread-safe.
 */
public interface DeliveryListener {

  DeliveryListener NONE = new DeliveryListener() {};

  /** A batch is settled: every record has its final outcome for this run. */
  default void batchCompleted(BatchCompletion completion) {}

  /** A record was refused for good; it is settled (its batch completion follows). */
  default void deadLettered(DeadLetter letter) {}

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
