package dev.ebb.engine.warehouse;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.compiler.dialect.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * PostgreSQL: types inferred by ebb, then the file streamed through {@code COPY ... FROM STDIN}.
 * Drop, create and copy run in one transaction, so readers see the old table or the new one.
 */
final class PostgresSeedLoader implements SeedLoader {

  private static final Map<CsvTypes.Inferred, String> SQL_TYPES =
      Map.of(
          CsvTypes.Inferred.BIGINT, "BIGINT",
          CsvTypes.Inferred.DOUBLE, "DOUBLE PRECISION",
          CsvTypes.Inferred.BOOLEAN, "BOOLEAN",
          CsvTypes.Inferred.DATE, "DATE",
          CsvTypes.Inferred.TIMESTAMP, "TIMESTAMP",
          CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMPTZ",
          CsvTypes.Inferred.TEXT, "TEXT");

  @Override
  public long load(Warehouse warehouse, Path csv, String schema, String table) {
    Dialect dialect = warehouse.dialect();
    String qualified = dialect.quoteIdentifier(schema) + "." + dialect.quoteIdentifier(table);
    CsvTypes.Columns columns = inferTypes(warehouse, csv, table);
    List<String> definitions = new ArrayList<>();
    for (int i = 0; i < columns.names().size(); i++) {
      definitions.add(dialect.quoteIdentifier(columns.names().get(i)) + " " + SQL_TYPES.get(columns.types().get(i)));
    }
    try (Connection connection = warehouse.connection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement();
          Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quoteIdentifier(schema));
        statement.execute("DROP TABLE IF EXISTS " + qualified);
        statement.execute("CREATE TABLE " + qualified + " (" + String.join(", ", definitions) + ")");
        long rows =
            connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + qualified + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
        connection.commit();
        return rows;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException | IOException e) {
      throw new WarehouseException(
          "target '" + warehouse.targetName() + "' (postgres): seed '" + table + "' failed: "
              + firstLine(e.getMessage()), e);
    }
  }

  private static CsvTypes.Columns inferTypes(Warehouse warehouse, Path csv, String table) {
    try {
      return CsvTypes.infer(csv);
    } catch (IOException | RuntimeException e) {
      throw new WarehouseException(
          "target '" + warehouse.targetName() + "' (postgres): seed '" + table + "' cannot be read: "
              + firstLine(e.getMessage()), e);
    }
  }
}
