package dev.ebb.runtime.delivery;

import java.util.Iterator;
import java.util.Optional;

/**
 * The ordered stream of records one run delivers to one destination object, pulled one at a time
 * so that memory stays bounded (the run engine reads the warehouse diff page by page).
 */
public interface RecordSource {

  /** The next record, or empty at the end. Sequences must increase. */
  Optional<SequencedRecord> next() throws Exception;

  static RecordSource of(Iterator<SequencedRecord> records) {
    return () -> records.hasNext() ? Optional.of(records.next()) : Optional.empty();
  }
}
