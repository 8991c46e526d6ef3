package dev.ebb.engine.delivery;

import dev.ebb.engine.state.CircuitStatus;
import dev.ebb.engine.state.DestinationControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A destination's circuit breaker, kept in its {@link ControlStore} so that every process
 * delivering to the destination counts the same failures and stops when it opens.
 *
 * <p>{@link BreakerPolicy#failedCalls} failed calls in a row, by any worker, open it for {@link
 * BreakerPolicy#initialOpen}; then one worker claims the probe (half-open) while the others wait: a
 * success closes the circuit, a failure opens it again for twice as long, up to {@link
 * BreakerPolicy#maxOpen}. A probe that never reports back (its worker died) is given up after
 * {@code initialOpen}, and another worker probes.
 */
final class Circuit {

  /** What a worker may do before a request. */
  enum Permission {
    SEND,
    /** Another worker's probe is out: ask again shortly. */
    WAIT,
    OPEN
  }

  private final BreakerPolicy policy;
  private final ControlView controls;
  private final Clock clock;
  /** Whether this process holds the half-open probe. */
  private boolean probing;

  Circuit(BreakerPolicy policy, ControlView controls, Clock clock) {
    this.policy = policy;
    this.controls = controls;
    this.clock = clock;
  }

  Permission tryAcquire() {
    Instant now = clock.instant();
    DestinationControl current = controls.current();
    if (!probeDue(current, now)) {
      return withoutProbe(current);
    }
    synchronized (this) {
      boolean[] claimed = {false};
      DestinationControl after =
          controls.update(
              c -> {
                claimed[0] = probeDue(c, now);
                return claimed[0] ? probe(c, now, policy) : c;
              });
      if (claimed[0]) {
        probing = true;
        return Permission.SEND;
      }
      return withoutProbe(after);
    }
  }

  /** A permission from {@link #tryAcquire} that went unused: a probe not sent is given back. */
  synchronized void release() {
    if (probing) {
      probing = false;
      Instant now = clock.instant();
      controls.update(
          c -> c.circuit() == CircuitStatus.HALF_OPEN
              ? c.withCircuit(CircuitStatus.OPEN, c.failures(), c.trips(), c.openedAt(), now)
              : c);
    }
  }

  /** A call the destination answered: closes a probed circuit, ends a run of failures. */
  synchronized void succeeded() {
    DestinationControl current = controls.current();
    boolean probed = probing;
    probing = false;
    if (probed || (current.circuit() == CircuitStatus.CLOSED && current.failures() > 0)) {
      controls.update(c -> succeeded(c, probed));
    }
  }

  /** A call that failed as a whole (an error, or every record of the batch retryable). */
  synchronized void failed() {
    boolean probed = probing;
    probing = false;
    Instant now = clock.instant();
    controls.update(c -> failed(c, now, probed, policy));
  }

  CircuitStatus status() {
    return controls.current().circuit();
  }

  /** When a probe may go out, for the message of a run the open circuit stopped. */
  Instant probeAt() {
    return controls.current().probeAt();
  }

  /** Whether the circuit is open or half-open and its probe time has come. */
  static boolean probeDue(DestinationControl c, Instant now) {
    return c.circuit() != CircuitStatus.CLOSED && !now.isBefore(c.probeAt());
  }

  private static Permission withoutProbe(DestinationControl c) {
    return switch (c.circuit()) {
      case CLOSED -> Permission.SEND;
      case OPEN -> Permission.OPEN;
      case HALF_OPEN -> Permission.WAIT;
    };
  }

  static DestinationControl probe(DestinationControl c, Instant now, BreakerPolicy policy) {
    return c.withCircuit(CircuitStatus.HALF_OPEN, c.failures(), c.trips(), c.openedAt(), now.plus(policy.initialOpen()));
  }

  static DestinationControl succeeded(DestinationControl c, boolean probed) {
    if (c.circuit() == CircuitStatus.CLOSED || (probed && c.circuit() == CircuitStatus.HALF_OPEN)) {
      return c.withCircuit(CircuitStatus.CLOSED, 0, 0, c.openedAt(), null);
    }
    return c; // open meanwhile by another worker's failures: a late success does not close it
  }

  static DestinationControl failed(DestinationControl c, Instant now, boolean probed, BreakerPolicy policy) {
    int failures = c.failures() + 1;
    boolean trips =
        (c.circuit() == CircuitStatus.CLOSED && failures >= policy.failedCalls())
            || (probed && c.circuit() == CircuitStatus.HALF_OPEN);
    if (!trips) {
      return c.withCircuit(c.circuit(), failures, c.trips(), c.openedAt(), c.probeAt());
    }
    return c.withCircuit(CircuitStatus.OPEN, failures, c.trips() + 1, now, now.plus(openFor(c.trips(), policy)));
  }

  /** How long the circuit stays open after its {@code trips}-th consecutive opening: doubling, capped. */
  static Duration openFor(int trips, BreakerPolicy policy) {
    Duration open = policy.initialOpen();
    for (int i = 0; i < trips && open.compareTo(policy.maxOpen()) < 0; i++) {
      open = open.multipliedBy(2);
    }
    return open.compareTo(policy.maxOpen()) > 0 ? policy.maxOpen() : open;
  }
}
