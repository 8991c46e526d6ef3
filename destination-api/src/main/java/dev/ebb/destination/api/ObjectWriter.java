package dev.ebb.destination.api;

/** Writes one run's batches to one object. */
public interface ObjectWriter extends AutoCloseable {

  /**
   * Writes a batch. Idempotent per {@link RecordBatch#batchId()}: after a crash the runtime may
   * send the last unacknowledged batch again. Per-record failures are outcomes, not exceptions;
   * throw only when the whole batch failed.
   */
  WriteResult write(RecordBatch batch) throws DestinationException;

  /**
   * How many requests writing a batch of {@code records} records takes, so the runtime's rate
   * limit counts requests, not calls: 1 for a batch API, {@code records} for one request per record.
   */
  default int requestCount(int records) {
    return 1;
  }

  /**
   * Whether this writer takes records whose fields come only as JSON text ({@link
   * OutboundRecord#fieldsJson}, with {@link OutboundRecord#fields} empty). A writer that embeds the
   * record's JSON as it is (a default envelope, a JSON line) says yes and saves the runtime mapping
   * every row to Java values; one that needs field values (table columns, templates) keeps the
   * default, and always receives {@link OutboundRecord#fields}.
   */
  default boolean acceptsFieldsJson() {
    return false;
  }

  /** Ends the run's writing (flush files, commit transactions). */
  @Override
  default void close() throws DestinationException {}
}
