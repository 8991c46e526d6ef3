package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes a batch in one transaction with JDBC batching; when the database refuses the batch, it
 * rolls back and writes record by record so that one bad record is rejected with the database's
 * message while the others go through.
 */
final class JdbcObjectWriter implements ObjectWriter {

  private final DataSource pool;
  private final SqlDialect dialect;
  private final List<FieldBinding> columns;
  private final FieldBinding key;
  private final Map<Operation, String> sql;

  JdbcObjectWriter(DataSource pool, SqlDialect dialect, String table, List<FieldBinding> columns, String keyName) {
    this.pool = pool;
    this.dialect = dialect;
    this.columns = List.copyOf(columns);
    this.key = columns.stream().filter(c -> c.name().equals(keyName)).findFirst().orElseThrow();
    List<String> names = columns.stream().map(FieldBinding::name).toList();
    String where = " WHERE " + dialect.quote(keyName) + " = ?";
    String set =
        names.stream().filter(n -> !n.equals(keyName)).map(n -> dialect.quote(n) + " = ?").collect(Collectors.joining(", "));
    this.sql =
        Map.of(
            Operation.UPSERT, dialect.upsert(table, names, keyName),
            Operation.INSERT, dialect.insertNew(table, names, keyName),
            Operation.UPDATE, set.isEmpty() ? "UPDATE " + table + " SET " + dialect.quote(keyName) + " = ?" + where : "UPDATE " + table + " SET " + set + where,
            Operation.DELETE, "DELETE FROM " + table + where);
  }

  @Override
  public WriteResult write(RecordBatch batch) throws DestinationException {
    try (Connection connection = pool.getConnection()) {
      try {
        connection.setAutoCommit(false);
        List<RecordOutcome> outcomes = writeBatched(connection, batch.records());
        connection.commit();
        return new WriteResult(outcomes);
      } catch (SQLException | RuntimeException batchFailure) {
        connection.rollback();
        if (batchFailure instanceof SQLException e && SqlErrors.mayPass(e)) {
          throw e;
        }
        connection.setAutoCommit(true);
        return new WriteResult(writeOneByOne(connection, batch.records()));
      }
    } catch (SQLException e) {
      throw SqlErrors.asException("writing a batch failed", e);
    }
  }

  /** Consecutive records of one operation go in one JDBC batch; order is kept. */
  private List<RecordOutcome> writeBatched(Connection connection, List<OutboundRecord> records) throws SQLException {
    List<RecordOutcome> outcomes = new ArrayList<>(records.size());
    int start = 0;
    while (start < records.size()) {
      Operation operation = records.get(start).operation();
      int end = start;
      try (PreparedStatement statement = connection.prepareStatement(sql.get(operation))) {
        while (end < records.size() && records.get(end).operation() == operation) {
          bind(statement, records.get(end));
          statement.addBatch();
          end++;
        }
        for (int count : statement.executeBatch()) {
          outcomes.add(outcome(operation, updateCount(count)));
        }
      }
      start = end;
    }
    return outcomes;
  }

  private List<RecordOutcome> writeOneByOne(Connection connection, List<OutboundRecord> records) throws SQLException {
    List<RecordOutcome> outcomes = new ArrayList<>(records.size());
    for (OutboundRecord record : records) {
      try (PreparedStatement statement = connection.prepareStatement(sql.get(record.operation()))) {
        bind(statement, record);
        outcomes.add(outcome(record.operation(), statement.executeUpdate()));
      } catch (SQLException e) {
        if (SqlErrors.mayPass(e)) {
          throw e;
        }
        outcomes.add(new RecordOutcome.Rejected(e.getMessage()));
      } catch (RuntimeException e) {
        outcomes.add(new RecordOutcome.Rejected("cannot convert a value: " + e.getMessage()));
      }
    }
    return outcomes;
  }

  private static RecordOutcome outcome(Operation operation, int count) {
    if (count == 0 && operation == Operation.UPDATE) {
      return new RecordOutcome.Skipped("no record with this key in the table");
    }
    if (count == 0 && operation == Operation.INSERT) {
      return new RecordOutcome.Skipped("a record with this key already exists");
    }
    return RecordOutcome.ACCEPTED;
  }

  private void bind(PreparedStatement statement, OutboundRecord record) throws SQLException {
    int index = 1;
    switch (record.operation()) {
      case UPSERT, INSERT -> {
        for (FieldBinding column : columns) {
          Object value = column == key ? record.matchValue() : value(record.fields(), column.name());
          dialect.bind(statement, index++, value, column.type());
        }
      }
      case UPDATE -> {
        for (FieldBinding column : columns) {
          if (column != key) {
            dialect.bind(statement, index++, value(record.fields(), column.name()), column.type());
          }
        }
        if (index == 1) {
          dialect.bind(statement, index++, record.matchValue(), key.type());
        }
        dialect.bind(statement, index, record.matchValue(), key.type());
      }
      case DELETE -> dialect.bind(statement, index, record.matchValue(), key.type());
    }
  }

  /** A field by its dotted name in the nested fields. */
  private static Object value(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value != null || !name.contains(".")) {
      return value;
    }
    Object node = fields;
    for (String part : name.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(part);
    }
    return node;
  }

  static int updateCount(int count) {
    return count == Statement.SUCCESS_NO_INFO ? 1 : count;
  }
}
