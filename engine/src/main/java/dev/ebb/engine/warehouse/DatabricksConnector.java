package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Databricks (a SQL warehouse or cluster, Unity Catalog) through Databricks' JDBC driver: {@code
 * host} (the workspace's server hostname), {@code http_path}, {@code token} (a personal access
 * token or a service principal's), optional {@code catalog}, {@code schema} and {@code port}
 * (443). The token travels as a connection property, never in the URL, so no message can show it.
 */
final class DatabricksConnector implements WarehouseConnector {

  private static final Map<CsvTypes.Inferred, String> SEED_TYPES =
      Map.of(
          CsvTypes.Inferred.BIGINT, "BIGINT",
          CsvTypes.Inferred.DOUBLE, "DOUBLE",
          CsvTypes.Inferred.BOOLEAN, "BOOLEAN",
          CsvTypes.Inferred.DATE, "DATE",
          CsvTypes.Inferred.TIMESTAMP, "TIMESTAMP_NTZ",
          CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMP",
          CsvTypes.Inferred.TEXT, "STRING");

  @Override
  public String type() {
    return "databricks";
  }

  @Override
  public String dialectName() {
    return "databricks";
  }

  @Override
  public Set<String> keys() {
    return Set.of("host", "port", "http_path", "token", "catalog", "schema");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    String host = settings.required("host");
    String port = settings.port("port", "443");
    String httpPath = settings.required("http_path");
    String token = settings.required("token");
    settings.optional("host")
        .filter(h -> h.contains("://") || h.contains("/"))
        .ifPresent(h -> settings.invalid("host", "'host' is the server hostname alone, not '" + h + "'",
            "e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com; the path goes in http_path"));
    settings.requireComplete();
    StringBuilder url = new StringBuilder("jdbc:databricks://" + host + ":" + port + "/default")
        .append(";transportMode=http;ssl=1;AuthMech=3;httpPath=").append(httpPath);
    settings.optional("catalog").ifPresent(c -> url.append(";ConnCatalog=").append(c));
    settings.optional("schema").ifPresent(s -> url.append(";ConnSchema=").append(s));
    Properties properties = new Properties();
    properties.setProperty("UID", "token");
    properties.setProperty("PWD", token);
    properties.setProperty("UserAgentEntry", "ebb");
    // The driver would otherwise report usage to Databricks on its own schedule.
    properties.setProperty("EnableTelemetry", "0");
    return new JdbcSettings(url.toString(), properties, host + ":" + port);
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("schema", "default");
  }

  @Override
  public String catalogQuery(Target target) {
    return CatalogQueries.DATABRICKS;
  }

  @Override
  public Optional<Privileges> privileges() {
    return Optional.of(new DatabricksPrivileges());
  }

  @Override
  public SeedLoader seedLoader() {
    return new InsertSeedLoader(SEED_TYPES);
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    String message = String.valueOf(e.getMessage());
    // The driver's HTTP client is shaded: its connect failures arrive as text, not as causes.
    if (message.contains("Connection refused")) {
      return Optional.of("connection refused at " + settings.address());
    }
    if (message.contains("UnknownHostException")) {
      return Optional.of("unknown host " + settings.address());
    }
    if (message.contains("401") || message.contains("403") || message.toLowerCase(Locale.ROOT).contains("invalid access token")) {
      return Optional.of("authentication failed: the token was refused");
    }
    return Optional.empty();
  }
}
