package dev.ebb.engine.delivery;

import dev.ebb.destination.api.RecordOutcome;
import java.util.List;

/**
 * A settled batch.
 *
 * @param outcomes the final outcome of each record, in order: accepted, skipped, rejected, or
 *     retryable when retries ran out (the record stays pending for the next run)
 * @param settledThrough every record with a sequence up to this one is settled in this run; -1
 *     while none is
 * @param attempts how many write calls the batch took
 */
public record BatchCompletion(
    String batchId,
    List<SequencedRecord> records,
    List<RecordOutcome> outcomes,
    long settledThrough,
    int attempts) {

  public BatchCompletion {
    records = List.copyOf(records);
    outcomes = List.copyOf(outcomes);
  }
}
