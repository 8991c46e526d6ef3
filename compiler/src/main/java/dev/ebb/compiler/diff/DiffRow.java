package dev.ebb.compiler.diff;

import java.util.Map;

/**
 * One row of a run's diff as read back.
 *
 * @param key the snapshot key: a Long for a single integer key, otherwise text
 * @param values carried model columns by name (nulls for removed rows, except nothing is known)
 */
public record DiffRow(long seq, DiffOp op, Object key, Map<String, Object> values) {}
