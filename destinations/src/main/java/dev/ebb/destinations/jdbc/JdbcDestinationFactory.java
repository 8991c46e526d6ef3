package dev.ebb.destinations.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import java.util.List;

/** {@code type: jdbc}: a table in PostgreSQL, MySQL/MariaDB, SQLite or DuckDB. */
public final class JdbcDestinationFactory implements DestinationFactory {

  static final ConfigSpec SPEC =
      ConfigSpec.of(
          ConfigKey.required("url", ConfigType.STRING, "a JDBC URL, e.g. jdbc:postgresql://host:5432/db"),
          ConfigKey.optional("user", ConfigType.STRING, null, "the database user"),
          ConfigKey.optional("password", ConfigType.STRING, null, "the database password").asSecret());

  @Override
  public String type() {
    return "jdbc";
  }

  @Override
  public String description() {
    return "a table in PostgreSQL, MySQL/MariaDB, SQLite or DuckDB, created when missing";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.builder().maxBatchSize(5_000).defaultBatchSize(500).defaultMaxConcurrency(2).build();
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    return config
        .string("url")
        .filter(url -> !url.contains("{{") && SqlDialect.forUrl(url).isEmpty())
        .map(
            url ->
                List.of(
                    new ConfigProblem(
                        "url",
                        "unsupported JDBC URL for a jdbc destination",
                        "use jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite: or jdbc:duckdb:")))
        .orElse(List.of());
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) throws DestinationException {
    String url = fileUrlInProject(config.requireString("url"), config.projectDir());
    SqlDialect dialect =
        SqlDialect.forUrl(url)
            .orElseThrow(() -> DestinationException.permanent("unsupported JDBC URL for destination " + config.name(), null));
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url);
    config.string("user").ifPresent(pool::setUsername);
    config.string("password").ifPresent(pool::setPassword);
    pool.setMaximumPoolSize(dialect.maxConnections());
    pool.setMinimumIdle(0);
    pool.setPoolName("ebb-destination-" + config.name());
    pool.setInitializationFailTimeout(-1); // connect lazily: errors surface as retryable writes
    return new JdbcDestination(new HikariDataSource(pool), dialect);
  }

  private static final java.util.regex.Pattern FILE_URL =
      java.util.regex.Pattern.compile("^(jdbc:(?:sqlite|duckdb):)(?!memory|:memory:)([^?;]+)(.*)$");

  /**
   * A file database given by a relative path (jdbc:sqlite:app.db) lives in the project, like every
   * other relative path in project files, not in whatever folder ebb was started from.
   */
  static String fileUrlInProject(String url, java.nio.file.Path projectDir) {
    java.util.regex.Matcher m = FILE_URL.matcher(url);
    if (!m.matches() || projectDir == null) {
      return url;
    }
    java.nio.file.Path file = java.nio.file.Path.of(m.group(2));
    if (file.isAbsolute()) {
      return url;
    }
    return m.group(1) + projectDir.resolve(file).toAbsolutePath().normalize() + m.group(3);
  }
}
