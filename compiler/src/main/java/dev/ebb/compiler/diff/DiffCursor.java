package dev.ebb.compiler.diff;

import dev.ebb.compiler.util.FixedKeyMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;

/** The rows of a diff table as one forward-only stream; see {@link DiffRunner#read}. */
public final class DiffCursor implements AutoCloseable {

  /** Columns before the carried ones: ebb_seq, ebb_op, ebb_key, ebb_hash. */
  private static final int SYSTEM_COLUMNS = 4;

  private final PreparedStatement statement;
  private final ResultSet result;
  private final FixedKeyMap.Keys columns;
  /** Per carried column, whether it is a TIMESTAMP read as a LocalDateTime. */
  private final boolean[] localDateTime;

  DiffCursor(PreparedStatement statement, ResultSet result, List<String> columns) throws SQLException {
    this.statement = statement;
    this.result = result;
    this.columns = new FixedKeyMap.Keys(columns.subList(SYSTEM_COLUMNS, columns.size()));
    this.localDateTime = new boolean[this.columns.size()];
    ResultSetMetaData meta = result.getMetaData();
    for (int i = 0; i < localDateTime.length; i++) {
      int column = SYSTEM_COLUMNS + i + 1;
      // Some drivers report zoned timestamps (PostgreSQL's timestamptz) as TIMESTAMP too.
      localDateTime[i] =
          meta.getColumnType(column) == Types.TIMESTAMP && "timestamp".equalsIgnoreCase(meta.getColumnTypeName(column));
    }
  }

  /** The next row, or {@code null} at the end. */
  public DiffRow next() throws SQLException {
    if (!result.next()) {
      return null;
    }
    Object[] values = new Object[localDateTime.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(SYSTEM_COLUMNS + i + 1, i);
    }
    Object seq = result.getObject(1);
    Object hash = result.getObject(4);
    return new DiffRow(
        ((Number) seq).longValue(),
        DiffOp.fromSql(result.getString(2)),
        result.getObject(3),
        hash == null ? null : ((Number) hash).longValue(),
        columns.map(values));
  }

  /**
   * A timestamp without a zone as the wall-clock time it holds (JDBC 4.2), not a {@code
   * java.sql.Timestamp} that passes through the JVM's time zone; a driver that cannot is asked
   * for its default object instead.
   */
  private Object value(int column, int carried) throws SQLException {
    if (localDateTime[carried]) {
      try {
        return result.getObject(column, LocalDateTime.class);
      } catch (SQLException | UnsupportedOperationException e) {
        localDateTime[carried] = false;
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
