package dev.ebb.engine.diff;

import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.engine.mapping.FixedKeyMap;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The rows of a diff table as one forward-only stream; see {@link DiffRunner#read}. */
public final class DiffCursor implements AutoCloseable {

  /** Columns before the carried ones: ebb_seq, ebb_op, ebb_key, ebb_hash. */
  private static final int SYSTEM_COLUMNS = 4;

  private final PreparedStatement statement;
  private final ResultSet result;
  private final FixedKeyMap.Keys columns;
  /** The index of the record's JSON text after the carried columns, or 0 when not read. */
  private final int recordJsonColumn;
  /** Whether ops come as their {@link DiffOp#fromCode codes}, not their SQL text. */
  private final boolean opCodes;
  /** Whether the record's JSON comes as its UTF-8 bytes (see JsonRendering#readable). */
  private final boolean recordJsonBytes;
  /** Per carried column, the java.time class it is read as (see {@link #value}), or null. */
  private final Class<?>[] javaTime;
  /** Whether rows come in sequence order, checked as they are read (samples come by key). */
  private final boolean bySequence;
  private long lastSeq = Long.MIN_VALUE;

  /**
   * @param recordJson whether the last column is the record's JSON text ({@link
   *     DiffPlan#readRecords}), not a carried column
   * @param bySequence whether rows come in sequence order (reads to deliver; samples come by key)
   */
  DiffCursor(PreparedStatement statement, ResultSet result, List<String> columns, boolean recordJson,
      boolean bySequence) throws SQLException {
    this.bySequence = bySequence;
    this.statement = statement;
    this.result = result;
    int carriedEnd = recordJson ? columns.size() - 1 : columns.size();
    this.recordJsonColumn = recordJson ? columns.size() : 0;
    this.columns = new FixedKeyMap.Keys(columns.subList(SYSTEM_COLUMNS, carriedEnd));
    ResultSetMetaData meta = result.getMetaData();
    this.recordJsonBytes = recordJson && binary(meta.getColumnType(recordJsonColumn));
    this.opCodes = integer(meta.getColumnType(2));
    this.javaTime = new Class<?>[this.columns.size()];
    for (int i = 0; i < javaTime.length; i++) {
      int column = SYSTEM_COLUMNS + i + 1;
      // Some drivers report zoned timestamps (PostgreSQL's timestamptz) as TIMESTAMP too.
      if (meta.getColumnType(column) == Types.TIMESTAMP && "timestamp".equalsIgnoreCase(meta.getColumnTypeName(column))) {
        javaTime[i] = LocalDateTime.class;
      } else if (meta.getColumnType(column) == Types.DATE) {
        javaTime[i] = LocalDate.class;
      }
    }
  }

  /** The next row, or {@code null} at the end. */
  public DiffRow next() throws SQLException {
    if (!result.next()) {
      return null;
    }
    Object[] values = new Object[javaTime.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(SYSTEM_COLUMNS + i + 1, i);
    }
    long seq = result.getLong(1);
    if (bySequence && seq <= lastSeq) {
      // Checkpoints count rows in sequence order; a warehouse that scans without ORDER BY
      // (Dialect#scansInRowNumberOrder) must not hand them over in any other.
      throw new SQLException("diff rows out of order: " + seq + " after " + lastSeq);
    }
    lastSeq = seq;
    long hash = result.getLong(4);
    Long rowHash = hash == 0 && result.wasNull() ? null : hash;
    return new DiffRow(
        seq,
        opCodes ? DiffOp.fromCode(result.getInt(2)) : DiffOp.fromSql(result.getString(2)),
        result.getObject(3),
        rowHash,
        columns.map(values),
        recordJson());
  }

  private String recordJson() throws SQLException {
    if (recordJsonColumn == 0) {
      return null;
    }
    if (!recordJsonBytes) {
      return result.getString(recordJsonColumn);
    }
    byte[] utf8 = result.getBytes(recordJsonColumn);
    return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
  }

  private static boolean integer(int sqlType) {
    return sqlType == Types.INTEGER || sqlType == Types.SMALLINT || sqlType == Types.TINYINT
        || sqlType == Types.BIGINT;
  }

  private static boolean binary(int sqlType) {
    return sqlType == Types.BLOB || sqlType == Types.BINARY || sqlType == Types.VARBINARY
        || sqlType == Types.LONGVARBINARY;
  }

  /**
   * A timestamp without a zone as the wall-clock time it holds, a date as the date it holds (JDBC
   * 4.2), not a {@code java.sql.Timestamp} or {@code Date} that passes through the JVM's time zone
   * and Julian calendar (44 BC would come back as 44 AD); a driver that cannot is asked for its
   * default object instead. Dates are asked for that way only when the default is a {@code
   * java.sql.Date}: DuckDB's default is the right LocalDate, and its conversion is not.
   */
  private Object value(int column, int carried) throws SQLException {
    if (javaTime[carried] == LocalDate.class) {
      Object value = result.getObject(column);
      if (!(value instanceof java.sql.Date)) {
        return value;
      }
    }
    if (javaTime[carried] != null) {
      try {
        return result.getObject(column, javaTime[carried]);
      } catch (SQLException | UnsupportedOperationException e) {
        javaTime[carried] = null;
      }
    }
    return result.getObject(column);
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      result.close();
    }
  }
}
