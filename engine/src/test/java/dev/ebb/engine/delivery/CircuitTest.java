package dev.ebb.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.delivery.Circuit.Permission;
import dev.ebb.engine.state.CircuitStatus;
import dev.ebb.engine.testing.TestingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The circuit breaker kept in a control store: each {@link Circuit} here is a worker in a process of
 * its own, with its own view of the store.
 */
class CircuitTest {

  private static final BreakerPolicy POLICY =
      new BreakerPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30));

  private final TestingClock clock = new TestingClock(Instant.parse("2026-01-15T10:00:00Z"));
  private final ControlStore store = ControlStore.local("crm");

  private Circuit worker() {
    return new Circuit(POLICY, new ControlView(store), clock);
  }

  @Test
  void failedCallsInARowByAnyWorkersOpenItForEveryWorker() {
    Circuit first = worker();
    Circuit second = worker();

    first.failed();
    second.failed();
    assertThat(first.tryAcquire()).isEqualTo(Permission.SEND);
    first.failed();

    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.OPEN);
    assertThat(store.read().probeAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(first.tryAcquire()).isEqualTo(Permission.OPEN);
    assertThat(worker().tryAcquire()).as("a worker started later").isEqualTo(Permission.OPEN);
  }

  @Test
  void aSuccessEndsTheRunOfFailures() {
    Circuit first = worker();
    first.failed();
    first.failed();
    first.succeeded();
    first.failed();
    first.failed();

    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.CLOSED);
    assertThat(store.read().failures()).isEqualTo(2);
  }

  @Test
  void oneWorkerProbesWhileTheOthersWaitAndItsSuccessClosesTheCircuit() {
    trip();
    clock.advance(Duration.ofMinutes(1));
    Circuit prober = worker();
    Circuit other = worker();

    assertThat(prober.tryAcquire()).isEqualTo(Permission.SEND);
    assertThat(other.tryAcquire()).isEqualTo(Permission.WAIT);
    prober.succeeded();

    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.CLOSED);
    assertThat(store.read().trips()).isZero();
    assertThat(worker().tryAcquire()).isEqualTo(Permission.SEND);
  }

  @Test
  void aFailedProbeOpensItTwiceAsLong() {
    trip();
    clock.advance(Duration.ofMinutes(1));
    Circuit prober = worker();
    assertThat(prober.tryAcquire()).isEqualTo(Permission.SEND);

    prober.failed();

    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.OPEN);
    assertThat(store.read().probeAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
  }

  @Test
  void openTimesDoubleUpToTheMaximum() {
    assertThat(IntStream.range(0, 8).mapToObj(trips -> Circuit.openFor(trips, POLICY).toMinutes()))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void aLateSuccessDoesNotCloseACircuitAnotherWorkerOpened() {
    Circuit slow = worker();
    assertThat(slow.tryAcquire()).isEqualTo(Permission.SEND);
    trip();

    worker().succeeded();

    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.OPEN);
  }

  @Test
  void aProbeThatNeverReportsBackIsGivenUpAndAnotherWorkerProbes() {
    trip();
    clock.advance(Duration.ofMinutes(1));
    assertThat(worker().tryAcquire()).isEqualTo(Permission.SEND); // its process dies

    assertThat(worker().tryAcquire()).isEqualTo(Permission.WAIT);
    clock.advance(Duration.ofMinutes(1));
    assertThat(worker().tryAcquire()).isEqualTo(Permission.SEND);
  }

  @Test
  void aProbeNotSentIsGivenBackAtOnce() {
    trip();
    clock.advance(Duration.ofMinutes(1));
    Circuit stopped = worker();
    assertThat(stopped.tryAcquire()).isEqualTo(Permission.SEND);

    stopped.release();

    assertThat(worker().tryAcquire()).isEqualTo(Permission.SEND);
  }

  private void trip() {
    Circuit failing = worker();
    for (int i = 0; i < POLICY.failedCalls(); i++) {
      failing.failed();
    }
    assertThat(store.read().circuit()).isEqualTo(CircuitStatus.OPEN);
  }
}
