package dev.ebb.destination.api;

import java.util.List;

/**
 * Records written together.
 *
 * @param batchId deterministic: the same records re-sent after a crash carry the same id, for
 *     destinations that accept idempotency keys
 */
public record RecordBatch(String batchId, List<OutboundRecord> records) {

  public RecordBatch {
    records = List.copyOf(records);
  }

  public int size() {
    return records.size();
  }
}
