package dev.ebb.compiler.diff;

import java.util.Locale;

/** What the diff says about one key. The SQL value is the lower-case name. */
public enum DiffOp {
  /** The key is new: not in the snapshot. */
  ADDED,
  /** The key is in both, with a different row hash (or under a different mapping). */
  CHANGED,
  /** The key is in the snapshot only. */
  REMOVED,
  /** Same hash as delivered: only materialised in mode {@code all}. */
  UNCHANGED;

  private static final DiffOp[] VALUES = values();

  private final String sqlValue = name().toLowerCase(Locale.ROOT);

  public String sqlValue() {
    return sqlValue;
  }

  /** The op of its {@link #ordinal()}: the record read returns ops as numbers (see DiffPlanner). */
  public static DiffOp fromCode(int code) {
    return VALUES[code];
  }

  /** The op of a SQL value; read once per diff row, so without allocating. */
  public static DiffOp fromSql(String value) {
    for (DiffOp op : VALUES) {
      if (op.sqlValue.equals(value)) {
        return op;
      }
    }
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
