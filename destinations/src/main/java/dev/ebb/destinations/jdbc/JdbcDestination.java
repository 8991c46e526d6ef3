package dev.ebb.destinations.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An open database: a connection pool and its dialect. */
final class JdbcDestination implements Destination {

  private final HikariDataSource pool;
  private final SqlDialect dialect;

  JdbcDestination(HikariDataSource pool, SqlDialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  @Override
  public void check() throws DestinationException {
    try (Connection connection = pool.getConnection()) {
      if (!connection.isValid(10)) {
        throw DestinationException.retryable("the database connection is not valid", null);
      }
    } catch (SQLException e) {
      throw SqlErrors.asException("cannot connect", e);
    }
  }

  /** Creates the table when missing: one column per mapped field, primary key on the match field. */
  @Override
  public ObjectWriter open(ObjectBinding binding) throws DestinationException {
    List<FieldBinding> columns = new ArrayList<>(binding.fields());
    if (columns.stream().noneMatch(f -> f.name().equals(binding.matchField()))) {
      columns.add(0, new FieldBinding(binding.matchField(), FieldType.STRING));
    }
    String table =
        List.of(binding.object().split("\\.")).stream().map(dialect::quote).collect(Collectors.joining("."));
    String create =
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " ("
            + columns.stream()
                .map(
                    f ->
                        dialect.quote(f.name())
                            + " "
                            + dialect.columnType(f.type(), f.name().equals(binding.matchField())))
                .collect(Collectors.joining(", "))
            + ", PRIMARY KEY ("
            + dialect.quote(binding.matchField())
            + "))";
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(create);
    } catch (SQLException e) {
      throw SqlErrors.asException("cannot create table " + binding.object(), e);
    }
    return new JdbcObjectWriter(pool, dialect, table, columns, binding.matchField());
  }

  @Override
  public void close() {
    pool.close();
  }
}
