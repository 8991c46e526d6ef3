package dev.ebb.engine.state;

import java.time.Instant;

/**
 * What every worker delivering to one destination shares: where the destination's request-slot
 * time line stands, its {@code Retry-After} gate, and its circuit breaker. A destination never
 * used reads as {@link #initial}.
 *
 * @param nextSlot epoch nanoseconds of the first request slot nobody has reserved yet
 * @param notBefore epoch nanoseconds before which no request may go out (the destination's
 *     {@code Retry-After}); 0 when none
 * @param failures failed calls in a row, by any worker
 * @param trips times the circuit opened since it was last closed: the open time doubles with each
 * @param openedAt when the circuit last opened; null when it never did
 * @param probeAt open: when a probe may go out; half-open: when a probe that never reported back
 *     is given up, so that another worker may probe; null when closed
 */
public record DestinationControl(
    String destination,
    long nextSlot,
    long notBefore,
    CircuitStatus circuit,
    int failures,
    int trips,
    Instant openedAt,
    Instant probeAt) {

  public static DestinationControl initial(String destination) {
    return new DestinationControl(destination, 0, 0, CircuitStatus.CLOSED, 0, 0, null, null);
  }

  public DestinationControl withNextSlot(long value) {
    return new DestinationControl(destination, value, notBefore, circuit, failures, trips, openedAt, probeAt);
  }

  public DestinationControl withNotBefore(long value) {
    return new DestinationControl(destination, nextSlot, value, circuit, failures, trips, openedAt, probeAt);
  }

  public DestinationControl withCircuit(
      CircuitStatus status, int failures, int trips, Instant openedAt, Instant probeAt) {
    return new DestinationControl(destination, nextSlot, notBefore, status, failures, trips, openedAt, probeAt);
  }
}
