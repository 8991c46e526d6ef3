package dev.ebb.destinations.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class MariaDbJdbcDestinationIT extends AbstractJdbcDestinationIT {

  private static final String URL = "jdbc:mariadb://127.0.0.1:3306/test";
  private final String database = "ebb_jdbc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @BeforeEach
  void createDatabase() throws Exception {
    try (Connection connection = ServerDatabase.connectOrSkip(URL, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
  }

  @AfterEach
  void dropDatabase() throws Exception {
    try (Connection connection = ServerDatabase.connectOrSkip(URL, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
    }
  }

  @Override
  protected String url() {
    return URL;
  }

  @Override
  protected Map<String, Object> credentials() {
    return Map.of("user", "root", "password", "");
  }

  @Override
  protected String object(String table) {
    return database + "." + table;
  }

  @Override
  protected String timestampType() {
    return "DATETIME(6)";
  }
}
