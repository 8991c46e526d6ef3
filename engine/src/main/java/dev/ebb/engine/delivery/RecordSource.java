package dev.ebb.engine.delivery;

import java.util.Iterator;
import java.util.Optional;

/**
 * The ordered stream of records one run delivers to one destination object, pulled one at a time
 * so that memory stays bounded. A source whose mapping costs returns {@link PendingRecord}s that
 * map on {@link PendingRecord#prepare}: the engine's lanes then map in parallel.
 */
public interface RecordSource {

  /** The next record, or empty at the end. Sequences must increase. */
  Optional<? extends PendingRecord> next() throws Exception;

  static RecordSource of(Iterator<? extends PendingRecord> records) {
    return () -> records.hasNext() ? Optional.of(records.next()) : Optional.empty();
  }
}
