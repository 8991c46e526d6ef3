package dev.ebb.destination.api;

import java.util.Map;

/**
 * One record to write.
 *
 * @param key the model's primary key value(s), as a string: stable, used for ordering and state
 * @param matchValue the value of the match field that finds the destination record
 * @param fields the mapped fields, dotted names already nested into maps; values are JSON-ready
 *     ({@code String}, {@code Long}, {@code BigDecimal}, {@code Double}, {@code Boolean}, {@code
 *     Map}, {@code List}, {@code null}); timestamps are ISO-8601 strings with an offset. Empty for
 *     deletes, and when the fields come as {@link #fieldsJson} instead.
 * @param idempotencyKey deterministic for (sync, key, row hash, mapping fingerprint): a re-send
 *     after a crash carries the same key
 * @param fieldsJson the mapped fields as the text of one JSON object, in mapping order, when the
 *     warehouse built it; then {@link #fields} is empty. The runtime sends such records only to a
 *     writer that {@linkplain ObjectWriter#acceptsFieldsJson() accepts them}; every other writer
 *     gets {@link #fields}, and this is null. The JSON holds the same values {@link #fields} would
 *     (numbers equal as decimals, same timestamps and dates).
 */
public record OutboundRecord(
    String key,
    Operation operation,
    Object matchValue,
    Map<String, Object> fields,
    String idempotencyKey,
    String fieldsJson) {

  /** A record with its fields as values. */
  public OutboundRecord(
      String key, Operation operation, Object matchValue, Map<String, Object> fields, String idempotencyKey) {
    this(key, operation, matchValue, fields, idempotencyKey, null);
  }

  /** Whether the record carries fields, as values or as JSON (deletes carry none). */
  public boolean hasFields() {
    return fieldsJson != null || !fields.isEmpty();
  }
}
