package dev.ebb.compiler.diff;

import java.util.Map;

/**
 * One row of a run's diff as read back.
 *
 * @param key the snapshot key: a Long for a single integer key, otherwise text
 * @param hash the 64-bit row hash of the mapped columns under the run's mapping fingerprint, as
 *     the snapshot will keep it; null for a removed row
 * @param values the carried model columns by name, in the model's order (unmodifiable); for a
 *     removed row, whose model row is gone (its key is {@link #key}), all null but a BIGINT key
 *     column, which the diff table holds as the key itself; read with {@code
 *     DiffRunner.readRecords}, only the match column
 * @param recordJson the mapped record's JSON text as the warehouse built it, when read with {@code
 *     DiffRunner.readRecords}; otherwise null
 */
public record DiffRow(long seq, DiffOp op, Object key, Long hash, Map<String, Object> values, String recordJson) {

  public DiffRow(long seq, DiffOp op, Object key, Long hash, Map<String, Object> values) {
    this(seq, op, key, hash, values, null);
  }
}
