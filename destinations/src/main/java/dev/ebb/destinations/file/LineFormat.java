package dev.ebb.destinations.file;

import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.OutboundRecord;

/** How one operation becomes one line of a run file. */
interface LineFormat {

  String extension();

  /** The first line of a new file, or {@code null}. */
  String header(ObjectBinding binding);

  String line(OutboundRecord record, ObjectBinding binding);

  /** Whether lines can be written from a record's JSON text ({@link OutboundRecord#fieldsJson}). */
  default boolean acceptsFieldsJson() {
    return false;
  }
}
