package dev.ebb.destinations.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class SqliteJdbcDestinationIT extends AbstractJdbcDestinationIT {

  @TempDir Path folder;

  @Override
  protected String url() {
    return "jdbc:sqlite:" + folder.resolve("app.db");
  }

  @Override
  protected Map<String, Object> credentials() {
    return Map.of();
  }

  @Override
  protected String object(String table) {
    return table;
  }
}
