package dev.ebb.engine.delivery.webhook;

import dev.ebb.destinations.webhook.WebhookDestinationFactory;
import dev.ebb.destinations.webhook.TestingDestinationContext;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.engine.delivery.BatchCompletion;
import dev.ebb.engine.delivery.DeliveryListener;
import dev.ebb.engine.delivery.SequencedRecord;
import dev.ebb.engine.delivery.TestingRejections;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** Shared pieces of the tests that drive the delivery engine into a webhook. */
final class EngineHarness {

  private EngineHarness() {}

  static ObjectWriter webhook(Map<String, Object> config) throws Exception {
    DestinationConfig resolved = new DestinationConfig("hook", "webhook", config, Path.of("."));
    return new WebhookDestinationFactory()
        .open(resolved, TestingDestinationContext.system())
        .open(
            new ObjectBinding(
                "s", "run-1", "contacts", WriteMode.UPSERT, "id",
                List.of(new FieldBinding("id", FieldType.INTEGER))));
  }

  static Iterator<SequencedRecord> records(long count) {
    return LongStream.range(0, count)
        .mapToObj(
            i ->
                new SequencedRecord(
                    i,
                    new OutboundRecord(
                        "k" + i, Operation.UPSERT, i, Map.of("id", i, "poison", i % 97 == 13), "idem-" + i)))
        .iterator();
  }

  /** Collects outcomes; calls are serialized by the engine. */
  static final class Outcomes implements DeliveryListener {
    final List<BatchCompletion> completions = new ArrayList<>();
    final List<TestingRejections.Rejection> deadLetters = new ArrayList<>();
    final List<Duration> retryAfterWaits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void batchCompleted(BatchCompletion completion) {
      completions.add(completion);
      deadLetters.addAll(TestingRejections.of(completion));
    }

    @Override
    public void waited(WaitKind kind, Duration duration) {
      if (kind == WaitKind.RETRY_AFTER) {
        retryAfterWaits.add(duration);
      }
    }
  }
}
