package dev.ebb.destinations.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class DuckDbJdbcDestinationIT extends AbstractJdbcDestinationIT {

  @TempDir Path folder;

  @Override
  protected String url() {
    return "jdbc:duckdb:" + folder.resolve("out.duckdb");
  }

  @Override
  protected Map<String, Object> credentials() {
    return Map.of();
  }

  @Override
  protected String object(String table) {
    return "main." + table;
  }

  @Override
  protected String timestampType() {
    return "TIMESTAMPTZ";
  }
}
