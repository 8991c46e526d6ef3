package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Amazon Redshift through Amazon's JDBC driver: {@code host}, {@code port} (5439), {@code
 * database}, {@code user}, and {@code method}: {@code password} (default, with {@code password}) or
 * {@code iam}, where the driver asks AWS for temporary credentials of database user {@code user}
 * (GetClusterCredentials) with the keys of {@code aws_profile}, of {@code access_key_id} / {@code
 * secret_access_key} (/ {@code session_token}), or the default AWS credential chain; {@code
 * cluster_id} and {@code region} default to what the host name says.
 */
final class RedshiftConnector implements WarehouseConnector {

  private static final List<String> METHODS = List.of("password", "iam");

  /** SQL states with a clearer wording than the driver's. */
  private static final Map<String, String> STATES =
      Map.of(
          "28P01", "authentication failed for user '%s'",
          "28000", "authentication failed for user '%s'",
          "3D000", "database does not exist (%2$s)");

  private static final Map<CsvTypes.Inferred, String> SEED_TYPES =
      Map.of(
          CsvTypes.Inferred.BIGINT, "BIGINT",
          CsvTypes.Inferred.DOUBLE, "DOUBLE PRECISION",
          CsvTypes.Inferred.BOOLEAN, "BOOLEAN",
          CsvTypes.Inferred.DATE, "DATE",
          CsvTypes.Inferred.TIMESTAMP, "TIMESTAMP",
          CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMPTZ",
          // A bare VARCHAR is 256 bytes on Redshift.
          CsvTypes.Inferred.TEXT, "VARCHAR(65535)");

  @Override
  public String type() {
    return "redshift";
  }

  @Override
  public String dialectName() {
    return "redshift";
  }

  @Override
  public Set<String> keys() {
    return Set.of("host", "port", "database", "user", "password", "method", "cluster_id", "region",
        "aws_profile", "access_key_id", "secret_access_key", "session_token", "schema");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    String host = settings.required("host");
    String port = settings.port("port", "5439");
    String database = settings.required("database");
    String user = settings.required("user");
    String method = settings.oneOf("method", "password", METHODS);
    Properties properties = new Properties();
    if ("iam".equals(method)) {
      if (settings.has("password")) {
        settings.invalid("password", "method 'iam' takes no password", "remove it, or use method: password");
      }
      settings.exclusive("aws_profile", "access_key_id");
      if (settings.has("access_key_id") != settings.has("secret_access_key")) {
        settings.requireOneOf(settings.has("access_key_id") ? "secret_access_key" : "access_key_id");
      }
      properties.setProperty("DbUser", String.valueOf(user));
      properties.setProperty("AutoCreate", "false");
      settings.optional("cluster_id").ifPresent(v -> properties.setProperty("ClusterID", v));
      settings.optional("region").ifPresent(v -> properties.setProperty("Region", v));
      settings.optional("aws_profile").ifPresent(v -> properties.setProperty("Profile", v));
      settings.optional("access_key_id").ifPresent(v -> properties.setProperty("AccessKeyID", v));
      settings.optional("secret_access_key").ifPresent(v -> properties.setProperty("SecretAccessKey", v));
      settings.optional("session_token").ifPresent(v -> properties.setProperty("SessionToken", v));
    } else if (method != null) {
      String password = settings.required("password");
      properties.setProperty("user", String.valueOf(user));
      properties.setProperty("password", String.valueOf(password));
    }
    settings.requireComplete();
    // Seconds: an unreachable cluster fails within them instead of the driver's minutes.
    properties.setProperty("loginTimeout", "10");
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("ApplicationName", "ebb");
    String scheme = "iam".equals(method) ? "jdbc:redshift:iam://" : "jdbc:redshift://";
    String address = host + ":" + port;
    return new JdbcSettings(scheme + address + "/" + database, properties, address);
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("schema", "public");
  }

  @Override
  public String catalogQuery(Target target) {
    return CatalogQueries.REDSHIFT;
  }

  @Override
  public Optional<Privileges> privileges() {
    return Optional.of(new PostgresPrivileges());
  }

  @Override
  public SeedLoader seedLoader() {
    return new InsertSeedLoader(SEED_TYPES);
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    String wording = e.getSQLState() == null ? null : STATES.get(e.getSQLState());
    String user = settings.properties().getProperty("user", settings.properties().getProperty("DbUser"));
    return Optional.ofNullable(wording).map(w -> String.format(w, user, settings.url()));
  }
}
