package dev.ebb.engine.delivery.webhook;

import dev.ebb.destinations.webhook.TestingHttpSink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.delivery.DeliverySettings;
import dev.ebb.engine.delivery.RecordSource;
import dev.ebb.engine.delivery.SequencedRecord;
import dev.ebb.destinations.webhook.TestingHttpSink.Answer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A sink allowing 190 requests per sliding 10 s, fed at the destination's limit of 19 rps. */
@Timeout(60)
class RateLimitFidelityIT {

  private static final int QUOTA = 190;
  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(20);

  @Test
  void usesTheQuotaAlmostFullyWithAlmostNoThrottledRequests() throws Exception {
    Deque<Long> window = new ArrayDeque<>();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger throttled = new AtomicInteger();
    TestingHttpSink.Handler quota =
        request -> {
          synchronized (window) {
            long now = request.arrivedNanos();
            while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
              window.pollFirst();
            }
            if (window.size() >= QUOTA) {
              throttled.incrementAndGet();
              long wait = WINDOW_NANOS - (now - window.peekFirst());
              return new Answer(429, Map.of("Retry-After", Long.toString(TimeUnit.NANOSECONDS.toSeconds(wait) + 1)), "quota", 0);
            }
            window.addLast(now);
            accepted.incrementAndGet();
            return Answer.ok();
          }
        };
    try (TestingHttpSink sink = new TestingHttpSink(quota)) {
      dev.ebb.destination.api.ObjectWriter writer =
          EngineHarness.webhook(Map.of("url", sink.url("/q"), "batch", true));
      long start = System.nanoTime();
      Iterator<SequencedRecord> records = EngineHarness.records(1_000_000);
      RecordSource untilDeadline =
          () -> System.nanoTime() - start < RUN_NANOS ? Optional.of(records.next()) : Optional.empty();

      DeliveryReport report =
          new DeliveryEngine("quota", DeliverySettings.of(5, 4, 19))
              .deliver(
                  writer,
                  untilDeadline,
                  new EngineHarness.Outcomes());

      assertThat(report.status()).isEqualTo(DeliveryReport.Status.COMPLETED);
      int requests = sink.received.size();
      int[] perSecond = new int[25];
      sink.received.forEach(r -> perSecond[(int) Math.min(24, (r.arrivedNanos() - start) / 1_000_000_000L)]++);
      System.out.println("requests per second: " + java.util.Arrays.toString(perSecond) + " report " + report);
      long first = sink.received.get(0).arrivedNanos();
      long last = sink.received.get(requests - 1).arrivedNanos();
      double seconds = (last - first) / 1e9;
      double quotaPerSecond = QUOTA / 10.0;
      // n requests span n - 1 intervals of the quota's pace
      assertThat((accepted.get() - 1) / seconds)
          .as("accepted %d requests in %.1f s, %d throttled", accepted.get(), seconds, throttled.get())
          .isGreaterThanOrEqualTo(0.95 * quotaPerSecond);
      assertThat(throttled.get()).as("throttled of %d requests", requests).isLessThan((int) Math.ceil(requests * 0.01));
    }
  }
}
