package dev.ebb.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.runtime.state.CircuitStatus;
import dev.ebb.runtime.state.JdbcStateStore;
import dev.ebb.runtime.state.StateConfig;
import dev.ebb.runtime.state.StateStore;
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
  private static final int REQUESTS = 120;

  @TempDir Path root;

  /** The state store both processes share. */
  abstract StateConfig state() throws Exception;

  /** {@code EBB_STATE_*} variables naming {@link #state()} to a child process. */
  abstract Map<String, String> stateEnvironment() throws Exception;

  @Test
  void twoProcessesKeepTheDestinationsRateTogether() throws Exception {
    migrate();
    try (PacedSink sink = new PacedSink()) {
      SharedDestinationProject first = project("first", sink, REQUESTS);
      SharedDestinationProject second = project("second", sink, REQUESTS);
      sink.holdUntilEachSent("first", "second");

      long started = System.nanoTime();
      Process one = first.start();
      Process two = second.start();
      assertThat(BigSyncProject.await(one, 60)).as(first.log()).isZero();
      assertThat(BigSyncProject.await(two, 60)).as(second.log()).isZero();

      List<Long> a = sink.arrivals("first");
      List<Long> b = sink.arrivals("second");
      assertThat(a).hasSize(REQUESTS);
      assertThat(b).hasSize(REQUESTS);
      // While both were sending: from the later first request to the earlier last one.
      long from = Math.max(a.get(0), b.get(0));
      long to = Math.min(a.get(a.size() - 1), b.get(b.size() - 1));
      List<Long> both = new ArrayList<>(a);
      both.addAll(b);
      long inWindow = both.stream().filter(t -> t >= from && t <= to).count();
      double seconds = (to - from) / 1e9;
      double rate = (inWindow - 1) / seconds;
      String context = String.format("%d requests in %.2f s while both sent: %.1f/s (limit %.0f/s); %.1f s in all",
          inWindow, seconds, rate, RATE, (System.nanoTime() - started) / 1e9);
      System.out.println(getClass().getSimpleName() + ": " + context);
      assertThat(seconds).as(context).isGreaterThan(2);
      assertThat(rate).as(context).isBetween(0.8 * RATE, 1.1 * RATE);
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

  private SharedDestinationProject project(String sync, PacedSink sink, int requests) throws Exception {
    return new SharedDestinationProject(root.resolve(sync), sync, sink.url(sync), RATE, requests, stateEnvironment());
  }

  /** Creates the shared store's tables before the children start, so that they do not race to. */
  private void migrate() throws Exception {
    JdbcStateStore.open(state(), Clock.systemUTC()).close();
  }
}
