package dev.ebb.destination.api;

/** An open destination. Thread-safe: the runtime may write several batches at once. */
public interface Destination extends AutoCloseable {

  /** Tests connectivity and permissions, for {@code ebb check}. */
  void check() throws DestinationException;

  /**
   * Prepares writing one sync run's records to one object (e.g. creates a missing table, opens
   * the run's output file).
   */
  ObjectWriter open(ObjectBinding binding) throws DestinationException;

  @Override
  default void close() throws DestinationException {}
}
