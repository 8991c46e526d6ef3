package dev.ebb.engine.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one query, read forward a fetch at a time on a connection held until {@link
 * #close()}. Auto-commit is off while streaming: PostgreSQL only honours the fetch size inside a
 * transaction.
 */
public final class RowStream implements AutoCloseable {

  private final Connection connection;
  private final Statement statement;
  private final ResultSet rows;
  private final List<String> columns;
  private final Failures failures;

  /** Turns a SQLException into a user-facing {@link WarehouseException}. */
  interface Failures {
    WarehouseException explain(String action, SQLException e);
  }

  RowStream(Connection connection, String query, int fetchSize, Failures failures)
      throws SQLException {
    this.connection = connection;
    this.failures = failures;
    connection.setAutoCommit(false);
    statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    try {
      statement.setFetchSize(fetchSize);
      rows = statement.executeQuery(query);
      ResultSetMetaData meta = rows.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnLabel(i));
      }
      columns = List.copyOf(names);
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  public List<String> columns() {
    return columns;
  }

  /** Moves to the next row; false at the end. */
  public boolean next() {
    try {
      return rows.next();
    } catch (SQLException e) {
      throw failures.explain("reading query results", e);
    }
  }

  /** The current row's value of a column, 0-based, as the driver maps it. */
  public Object get(int column) {
    try {
      return rows.getObject(column + 1);
    } catch (SQLException e) {
      throw failures.explain("reading query results", e);
    }
  }

  /** The current row, in column order. */
  public Object[] row() {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = get(i);
    }
    return values;
  }

  /** For typed access (getLong, getTimestamp …) on the current row. */
  public ResultSet resultSet() {
    return rows;
  }

  @Override
  public void close() {
    try (connection) {
      rows.close();
      statement.close();
      connection.rollback(); // read only: nothing to keep
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failures.explain("closing query results", e);
    }
  }
}
