package dev.ebb.compiler.diff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of a diff table as one forward-only stream; see {@link DiffRunner#read}. */
public final class DiffCursor implements AutoCloseable {

  private final PreparedStatement statement;
  private final ResultSet result;
  private final List<String> columns;

  DiffCursor(PreparedStatement statement, ResultSet result, List<String> columns) {
    this.statement = statement;
    this.result = result;
    this.columns = columns;
  }

  /** The next row, or {@code null} at the end. */
  public DiffRow next() throws SQLException {
    if (!result.next()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>(columns.size() * 2);
    for (int i = 3; i < columns.size(); i++) {
      values.put(columns.get(i), result.getObject(i + 1));
    }
    Object seq = result.getObject(1);
    return new DiffRow(((Number) seq).longValue(), DiffOp.fromSql(result.getString(2)), result.getObject(3), values);
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      result.close();
    }
  }
}
