package dev.ebb.engine.delivery;

/**
 * How one delivery ended.
 *
 * @param failed records whose retries ran out: they stay pending for the next run
 * @param pending records not settled because the delivery stopped early
 * @param settledThrough the last checkpointable sequence, -1 when none
 * @param stopReason why the delivery stopped early, or {@code null} when it completed
 */
public record DeliveryReport(
    Status status,
    long accepted,
    long skipped,
    long rejected,
    long failed,
    long pending,
    long requests,
    long settledThrough,
    String stopReason) {

  public enum Status {
    /** Every record read was settled. */
    COMPLETED,
    /** The destination's circuit breaker is open: the rest stays pending. */
    CIRCUIT_OPEN,
    /** The destination failed permanently (e.g. bad credentials): the rest stays pending. */
    FAILED,
    /** The caller interrupted the delivery. */
    INTERRUPTED
  }
}
