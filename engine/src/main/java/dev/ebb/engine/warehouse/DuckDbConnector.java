package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * An embedded DuckDB file, {@code path} relative to the project (default {@code
 * warehouse.duckdb}). DuckDB lets one process write a file: the driver shares one database
 * instance between the connections of a process that use the same URL, and a second process gets a
 * lock error, reported as such.
 */
final class DuckDbConnector implements WarehouseConnector {

  static final String DEFAULT_PATH = "warehouse.duckdb";
  private static final String WRAPPED_ERROR = "Error: ";

  @Override
  public String type() {
    return "duckdb";
  }

  @Override
  public String dialectName() {
    return "duckdb";
  }

  @Override
  public Set<String> keys() {
    return Set.of("path", "schema");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    settings.requireComplete();
    Path file = projectDir.resolve(settings.orDefault("path", DEFAULT_PATH)).toAbsolutePath().normalize();
    Properties properties = new Properties();
    // Without it the driver materialises a whole result before the first row.
    properties.setProperty("jdbc_stream_results", "true");
    return new JdbcSettings("jdbc:duckdb:" + file, properties, file.toString());
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("schema", "main");
  }

  @Override
  public String catalogQuery(Target target) {
    return CatalogQueries.STANDARD;
  }

  @Override
  public Optional<Privileges> privileges() {
    return Optional.of(Privileges.NONE);
  }

  @Override
  public SeedLoader seedLoader() {
    return new DuckDbSeedLoader();
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Could not set lock on file") || message.contains("Conflicting lock")) {
      return Optional.of(
          "database file " + settings.address() + " is locked by another process"
              + " (DuckDB allows one writing process; close the other session)");
    }
    // A streamed statement's failure wraps the real error on a later "Error: ..." line.
    return message
        .lines()
        .skip(1)
        .filter(line -> line.startsWith(WRAPPED_ERROR))
        .map(line -> line.substring(WRAPPED_ERROR.length()).strip())
        .findFirst();
  }
}
