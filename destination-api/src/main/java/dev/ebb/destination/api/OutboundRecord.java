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
 *     deletes.
 * @param idempotencyKey deterministic for (sync, key, row hash, mapping fingerprint): a re-send
 *     after a crash carries the same key
 */
public record OutboundRecord(
    String key, Operation operation, Object matchValue, Map<String, Object> fields, String idempotencyKey) {}
