package dev.ebb.engine.delivery;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A writer that answers each record through a behaviour and remembers what it accepted. */
final class TestingObjectWriter implements ObjectWriter {

  /** Decides one record's outcome; may throw to fail the whole batch. */
  interface Behaviour {
    RecordOutcome outcome(OutboundRecord record, int attempt) throws DestinationException;
  }

  final List<RecordBatch> batches = new CopyOnWriteArrayList<>();
  final Map<String, List<OutboundRecord>> acceptedByKey = new ConcurrentHashMap<>();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Behaviour behaviour;
  private final long delayMillis;

  TestingObjectWriter(Behaviour behaviour, long delayMillis) {
    this.behaviour = behaviour;
    this.delayMillis = delayMillis;
  }

  static TestingObjectWriter acceptingAll() {
    return new TestingObjectWriter((record, attempt) -> RecordOutcome.ACCEPTED, 0);
  }

  @Override
  public WriteResult write(RecordBatch batch) throws DestinationException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      batches.add(batch);
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      List<RecordOutcome> outcomes = new ArrayList<>();
      for (OutboundRecord record : batch.records()) {
        int attempt = attempts.computeIfAbsent(record.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
        outcomes.add(behaviour.outcome(record, attempt));
      }
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i) instanceof RecordOutcome.Accepted) {
          OutboundRecord record = batch.records().get(i);
          acceptedByKey.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>()).add(record);
        }
      }
      return new WriteResult(outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DestinationException.retryable("interrupted", null);
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
