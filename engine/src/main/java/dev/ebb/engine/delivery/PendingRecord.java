package dev.ebb.engine.delivery;

/**
 * A record read from its source, in order, whose mapping may still be due. The engine reads on one
 * thread and prepares records on its lanes, so mapping rows to records runs in parallel.
 */
public interface PendingRecord {

  /** Strictly increasing within a run; checkpoints are expressed in it. */
  long sequence();

  /** The record's key: it picks the lane, which keeps the key's changes in order. */
  String key();

  /** The record to send; called once, on a lane's thread. */
  SequencedRecord prepare();
}
