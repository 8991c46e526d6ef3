package dev.ebb.destinations.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresJdbcDestinationIT extends AbstractJdbcDestinationIT {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private final String schema = "ebb_jdbc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @BeforeEach
  void createSchema() throws Exception {
    try (Connection connection = ServerDatabase.connectOrSkip(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    try (Connection connection = ServerDatabase.connectOrSkip(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Override
  protected String url() {
    return URL;
  }

  @Override
  protected Map<String, Object> credentials() {
    return Map.of("user", "postgres", "password", "");
  }

  @Override
  protected String object(String table) {
    return schema + "." + table;
  }

  @Override
  protected String timestampType() {
    return "TIMESTAMPTZ";
  }
}
