package dev.ebb.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.state.CircuitStatus;
import dev.ebb.engine.state.JdbcStateStore;
import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.state.StateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ebb run} processes, each with its own project and warehouse, deliver to one
 * rate-limited destination through one shared state store: together they keep its rate, and a
 * circuit one of them opened stops the other. Written once, run per state database.
 */
abstract class AbstractSharedDestinationIT {

  private static final double RATE = 40;
  private static final int REQUESTS = 100;
  private static final long EDGE_NANOS = 500_000_000L;

  @TempDir Path root;

  /** The state store both processes share. */
  abstract StateConfig state() throws Exception;

  /** {@code EBB_STATE_*} variables naming {@link #state()} to a child process. */
  abstract Map<String, String> stateEnvironment() throws Exception;

  @Test
  void twoProcessesKeepTheDestinationsRateTogetherAndOneAloneGetsAllOfIt() throws Exception {
    migrate();
    try (PacedSink sink = new PacedSink()) {
      // The first has twice as much to send: it goes on alone once the second is done.
      SharedDestinationProject first = project("first", sink, 2 * REQUESTS);
      SharedDestinationProject second = project("second", sink, REQUESTS);
      sink.holdUntilEachSent("first", "second");

      long started = System.nanoTime();
      Process one = first.start();
      Process two = second.start();
      assertThat(BigSyncProject.await(one, 60)).as(first.log()).isZero();
      assertThat(BigSyncProject.await(two, 60)).as(second.log()).isZero();

      List<Long> a = sink.arrivals("first");
      List<Long> b = sink.arrivals("second");
      // A lane sends a partial batch when it waited long enough for more: sometimes a request more.
      assertThat(a).hasSizeGreaterThanOrEqualTo(2 * REQUESTS);
      assertThat(b).hasSizeGreaterThanOrEqualTo(REQUESTS);
      // While both were sending: from the later first request (the sink held the earlier ones) to
      // the second's last one, less half a second at each end, where one process may hold slots it
      // has no more requests for; then the first alone.
      long from = Math.max(a.get(0), b.get(0)) + EDGE_NANOS;
      long to = b.get(b.size() - 1) - EDGE_NANOS;
      List<Long> both = new ArrayList<>(a);
      both.addAll(b);
      double together = rate(both, from, to);
      long secondDone = b.get(b.size() - 1);
      List<Long> alone = a.stream().filter(t -> t > secondDone).toList();
      double single = rate(alone, alone.get(0), alone.get(alone.size() - 1));
      String context = String.format(
          "both: %.1f/s over %.2f s, the first alone: %.1f/s over %d requests (limit %.0f/s); %.1f s in all",
          together, (to - from) / 1e9, single, alone.size(), RATE, (System.nanoTime() - started) / 1e9);
      System.out.println(getClass().getSimpleName() + ": " + context);
      assertThat(to - from).as(context).isGreaterThan(2_000_000_000L);
      assertThat(together).as(context).isBetween(0.8 * RATE, 1.1 * RATE);
      assertThat(alone.size()).as(context).isGreaterThan(REQUESTS / 2);
      assertThat(single).as(context).isBetween(0.9 * RATE, 1.1 * RATE);
    }
  }

  @Test
  void aCircuitOneProcessOpenedStopsTheOtherFromSending() throws Exception {
    migrate();
    try (PacedSink sink = new PacedSink()) {
      SharedDestinationProject failing = project("first", sink, 20);
      SharedDestinationProject healthy = project("second", sink, 20);

      sink.failing(true);
      long started = System.nanoTime();
      Process tripping = failing.start();
      assertThat(BigSyncProject.await(tripping, 60)).as(failing.log()).isEqualTo(1);
      assertThat(failing.log()).contains("circuit breaker of destination 'sink' is open");
      try (StateStore store = JdbcStateStore.open(state(), Clock.systemUTC())) {
        assertThat(store.destinationControl("sink").circuit()).isEqualTo(CircuitStatus.OPEN);
      }

      sink.failing(false);
      Process other = healthy.start();
      assertThat(BigSyncProject.await(other, 60)).as(healthy.log()).isEqualTo(1);

      assertThat(sink.arrivals("second")).as(healthy.log()).isEmpty();
      assertThat(healthy.log()).contains("circuit breaker of destination 'sink' is open", "the next attempt goes out after");
      System.out.printf("%s: circuit tripped by one process, the other stopped; %.1f s in all%n",
          getClass().getSimpleName(), (System.nanoTime() - started) / 1e9);
    }
  }

  /** Requests per second between {@code from} and {@code to}, both included. */
  private static double rate(List<Long> arrivals, long from, long to) {
    long count = arrivals.stream().filter(t -> t >= from && t <= to).count();
    return (count - 1) / ((to - from) / 1e9);
  }

  private SharedDestinationProject project(String sync, PacedSink sink, int requests) throws Exception {
    return new SharedDestinationProject(root.resolve(sync), sync, sink.url(sync), RATE, requests, stateEnvironment());
  }

  /** Creates the shared store's tables before the children start, so that they do not race to. */
  private void migrate() throws Exception {
    JdbcStateStore.open(state(), Clock.systemUTC()).close();
  }
}
