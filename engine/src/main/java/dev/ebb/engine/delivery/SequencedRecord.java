package dev.ebb.engine.delivery;

import dev.ebb.destination.api.OutboundRecord;

/**
 * A record with its position in the run's ordered stream of changes, ready to send.
 *
 * @param sequence strictly increasing within a run; checkpoints are expressed in it
 */
public record SequencedRecord(long sequence, OutboundRecord record) implements PendingRecord {

  @Override
  public String key() {
    return record.key();
  }

  @Override
  public SequencedRecord prepare() {
    return this;
  }
}
