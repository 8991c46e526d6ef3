package dev.ebb.engine.delivery.webhook;

import dev.ebb.destinations.webhook.TestingHttpSink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.engine.delivery.BreakerPolicy;
import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.delivery.DeliverySettings;
import dev.ebb.engine.delivery.RecordSource;
import dev.ebb.engine.delivery.RetryPolicy;
import dev.ebb.destinations.webhook.TestingHttpSink.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sink answering 30% 429/503 (half with Retry-After), dropping 5% of connections and stalling 1%
 * of requests past the client timeout, rejecting batches holding a poison record.
 */
@Timeout(60)
class HostileSinkIT {

  private static final int RECORDS = 400;
  private static final double RATE = 20;
  private static final long TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /** A Retry-After the sink gave: from when it answered to when the client may come back. */
  private record Deferral(long answeredNanos, long untilNanos) {}

  @Test
  void everyRecordIsDeliveredOrDeadLetteredWithinTheRateAndRetryAfter() throws Exception {
    Random random = new Random(7);
    List<Deferral> deferrals = new ArrayList<>();
    Set<String> delivered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    TestingHttpSink.Handler handler =
        request -> {
          double roll;
          synchronized (random) {
            roll = random.nextDouble();
          }
          String body = request.text();
          if (roll < 0.01) {
            return new Answer(200, Map.of(), "{}", 1_500); // past the 1 s client timeout
          }
          if (roll < 0.06) {
            return Answer.drop();
          }
          if (roll < 0.36) {
            int status = roll < 0.21 ? 429 : 503;
            if (roll < 0.135 || (roll >= 0.21 && roll < 0.285)) {
              long now = System.nanoTime();
              String value;
              long until;
              if (roll < 0.10) {
                Instant at = Instant.now().plusSeconds(1).plusMillis(500);
                value = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
                // HTTP dates have whole seconds: the client may come back at the truncated second
                long wait = Duration.between(Instant.now(), at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toNanos();
                until = now + Math.max(0, wait);
              } else {
                value = "1";
                until = now + TimeUnit.SECONDS.toNanos(1);
              }
              synchronized (deferrals) {
                deferrals.add(new Deferral(now, until));
              }
              return new Answer(status, Map.of("Retry-After", value), "slow down", 0);
            }
            return Answer.status(status, "busy");
          }
          if (body.contains("\"poison\":true")) {
            return Answer.status(422, "poison record in batch");
          }
          for (String key : body.split("\"key\":\"")) {
            if (key.startsWith("k")) {
              delivered.add(key.substring(0, key.indexOf('"')));
            }
          }
          return Answer.ok();
        };

    try (TestingHttpSink sink = new TestingHttpSink(handler)) {
      DeliverySettings settings =
          new DeliverySettings(
              10, 4, RATE, Duration.ofMillis(20),
              new RetryPolicy(40, Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(40)),
              BreakerPolicy.DEFAULT);
      EngineHarness.Outcomes outcomes = new EngineHarness.Outcomes();

      DeliveryReport report =
          new DeliveryEngine("hostile", settings)
              .deliver(
                  EngineHarness.webhook(Map.of("url", sink.url("/in"), "batch", true, "timeout_seconds", 1)),
                  RecordSource.of(EngineHarness.records(RECORDS)),
                  outcomes);

      assertThat(report.status()).as(report.toString()).isEqualTo(DeliveryReport.Status.COMPLETED);
      assertThat(report.failed()).isZero();
      assertThat(report.settledThrough()).isEqualTo(RECORDS - 1);
      Set<String> accepted = new HashSet<>();
      Set<String> deadLettered = new HashSet<>();
      outcomes.completions.forEach(
          c -> {
            for (int i = 0; i < c.records().size(); i++) {
              String key = c.records().get(i).record().key();
              if (c.outcomes().get(i) instanceof RecordOutcome.Accepted) {
                accepted.add(key);
              }
            }
          });
      outcomes.deadLetters.forEach(
          d -> {
            assertThat(d.reason()).contains("HTTP 422").contains("poison record");
            deadLettered.add(d.record().record().key());
          });
      assertThat(accepted).doesNotContainAnyElementsOf(deadLettered);
      assertThat(accepted.size() + deadLettered.size()).isEqualTo(RECORDS);
      assertThat(deadLettered).contains("k13", "k110");
      assertThat(delivered).containsAll(accepted);

      List<Long> arrivals = sink.received.stream().map(TestingHttpSink.Received::arrivedNanos).sorted().toList();
      assertNoRequestDuringRetryAfter(arrivals, deferrals);
      assertRateRespected(arrivals);
      assertThat(outcomes.retryAfterWaits).isNotEmpty();
    }
  }

  private static void assertNoRequestDuringRetryAfter(List<Long> arrivals, List<Deferral> deferrals) {
    for (Deferral deferral : deferrals) {
      for (long arrival : arrivals) {
        boolean early = arrival > deferral.answeredNanos() + TOLERANCE_NANOS && arrival < deferral.untilNanos() - TOLERANCE_NANOS;
        assertThat(early)
            .as("request %d ms after a Retry-After that ran %d ms",
                TimeUnit.NANOSECONDS.toMillis(arrival - deferral.answeredNanos()),
                TimeUnit.NANOSECONDS.toMillis(deferral.untilNanos() - deferral.answeredNanos()))
            .isFalse();
      }
    }
  }

  /** In any one-second window, at most 10% more requests than the rate (plus the window edge). */
  private static void assertRateRespected(List<Long> arrivals) {
    long second = TimeUnit.SECONDS.toNanos(1);
    int end = 0;
    for (int start = 0; start < arrivals.size(); start++) {
      while (end < arrivals.size() && arrivals.get(end) - arrivals.get(start) < second) {
        end++;
      }
      assertThat(end - start).as("requests in the second after request %d", start).isLessThanOrEqualTo((int) Math.floor(RATE * 1.1) + 1);
    }
  }
}
