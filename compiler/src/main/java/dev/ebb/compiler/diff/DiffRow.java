package dev.ebb.compiler.diff;

import java.util.Map;

/**
 * One row of a run's diff as read back.
 *
 * @param key the snapshot key: a Long for a single integer key, otherwise text
 * @param values the carried model columns by name; all null for a removed row, whose model row
 *     is gone (its key is {@link #key})
 */
public record DiffRow(long seq, DiffOp op, Object key, Map<String, Object> values) {}
