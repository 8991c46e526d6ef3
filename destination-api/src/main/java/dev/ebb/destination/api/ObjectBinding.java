package dev.ebb.destination.api;

import java.util.List;

/**
 * One sync run writing to one destination object.
 *
 * @param runId the run, stable across resumes after a crash
 * @param matchField the destination field that identifies a record (upserts and deletes key on it)
 * @param fields every mapped field, in mapping order
 */
public record ObjectBinding(
    String sync, String runId, String object, WriteMode mode, String matchField, List<FieldBinding> fields) {

  public ObjectBinding {
    fields = List.copyOf(fields);
  }
}
