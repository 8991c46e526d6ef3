package dev.ebb.runtime.web;

import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.delivery.DeliveryListener.WaitKind;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunId;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.StateReader;
import dev.ebb.engine.run.RunProgress;
import dev.ebb.engine.run.RunReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Prometheus metrics ({@code /metrics}) of the runs this process executes: records planned, sent,
 * succeeded, failed and dead-lettered per sync and destination; batch latency (the time from the
 * previous settled batch, or the plan, to each settled batch); rate-limit waits; run duration; and,
 * read at scrape time, each destination's circuit state and each sync's freshness lag.
 */
public final class ServeMetrics implements RunProgress {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, String> destinations = new ConcurrentHashMap<>();
  private final Map<String, RunCounts> lastCounts = new ConcurrentHashMap<>();
  private final Map<String, Long> lastSettled = new ConcurrentHashMap<>();
  private final Map<String, Double> circuit = new ConcurrentHashMap<>();
  private final Supplier<Map<String, DeliveryEngine>> engines;
  private final StateReader state;
  private final Clock clock;

  public ServeMetrics(List<Sync> syncs, StateReader state, Supplier<Map<String, DeliveryEngine>> engines, Clock clock) {
    this.engines = engines;
    this.state = state;
    this.clock = clock;
    for (Sync sync : syncs) {
      destinations.put(sync.name(), sync.destination());
      Gauge.builder("ebb.freshness.lag", () -> freshnessLag(sync.name()))
          .description("Seconds since the sync's last successful run finished (NaN: never)")
          .baseUnit("seconds")
          .tags("sync", sync.name(), "destination", sync.destination())
          .register(registry);
    }
  }

  /** The Prometheus text exposition of every metric. */
  public String scrape() {
    engines.get().forEach((name, engine) -> {
      boolean fresh = !circuit.containsKey(name);
      circuit.put(name, circuitValue(engine.circuitState()));
      if (fresh) {
        Gauge.builder("ebb.circuit.state", () -> circuit.getOrDefault(name, 0.0))
            .description("Destination circuit breaker: 0 closed, 1 half-open, 2 open, 3 disabled or forced open")
            .tags("destination", name)
            .register(registry);
      }
    });
    return registry.scrape();
  }

  @Override
  public void planned(String sync, String runId, RunCounts counts, String note) {
    counter("ebb.records.planned", sync).increment(counts.planned());
    lastCounts.put(runId, counts);
    lastSettled.put(runId, System.nanoTime());
  }

  @Override
  public void delivered(String sync, String runId, RunCounts counts) {
    RunCounts before = lastCounts.getOrDefault(runId, RunCounts.ZERO);
    lastCounts.put(runId, counts);
    counter("ebb.records.sent", sync).increment(Math.max(0, counts.sent() - before.sent()));
    counter("ebb.records.succeeded", sync).increment(Math.max(0, counts.succeeded() - before.succeeded()));
    counter("ebb.records.failed", sync).increment(Math.max(0, counts.failed() - before.failed()));
    counter("ebb.records.dead_lettered", sync).increment(Math.max(0, counts.deadLettered() - before.deadLettered()));
  }

  @Override
  public void batchSettled(String sync, String runId, int records, int attempts) {
    long now = System.nanoTime();
    Long previous = lastSettled.put(runId, now);
    if (previous != null) {
      Timer.builder("ebb.batch.latency").description("Time to settle each batch").tags(tags(sync)).register(registry)
          .record(Duration.ofNanos(now - previous));
    }
  }

  @Override
  public void waited(String sync, WaitKind kind, Duration duration) {
    Timer.builder("ebb.delivery.wait")
        .description("Pauses before requests: rate limit, Retry-After, backoff")
        .tags(tags(sync))
        .tag("kind", kind.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .record(duration);
  }

  @Override
  public void finished(RunReport report) {
    report.runId().map(RunId::value).ifPresent(runId -> {
      lastCounts.remove(runId);
      lastSettled.remove(runId);
    });
    Timer.builder("ebb.run.duration")
        .description("Run duration by outcome")
        .tags(tags(report.sync()))
        .tag("outcome", report.outcome().name().toLowerCase(Locale.ROOT))
        .register(registry)
        .record(report.duration());
  }

  private Counter counter(String name, String sync) {
    return Counter.builder(name).tags(tags(sync)).register(registry);
  }

  private String[] tags(String sync) {
    return new String[] {"sync", sync, "destination", destinations.getOrDefault(sync, "unknown")};
  }

  private double freshnessLag(String sync) {
    for (Run run : state.runs(sync, 20)) {
      if (run.status() == RunStatus.SUCCEEDED && run.finishedAt() != null) {
        return Duration.between(run.finishedAt(), Instant.now(clock)).toMillis() / 1000.0;
      }
    }
    return Double.NaN;
  }

  private static double circuitValue(String state) {
    return switch (state) {
      case "CLOSED" -> 0;
      case "HALF_OPEN" -> 1;
      case "OPEN" -> 2;
      default -> 3;
    };
  }
}
