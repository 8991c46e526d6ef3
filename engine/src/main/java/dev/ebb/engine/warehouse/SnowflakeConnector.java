package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;

/**
 * Snowflake: {@code account}, {@code user}, and either key-pair auth ({@code private_key_path},
 * optional {@code private_key_passphrase}) or {@code password}; optional {@code role}, {@code
 * warehouse}, {@code database}, {@code schema}.
 */
final class SnowflakeConnector implements WarehouseConnector {

  /** Optional settings and the driver property each becomes. */
  private static final Map<String, String> SESSION =
      Map.of("role", "role", "warehouse", "warehouse", "database", "db", "schema", "schema");

  /** 390100: incorrect username or password; 390144: invalid JWT (wrong key). */
  private static final Set<Integer> AUTHENTICATION_ERRORS = Set.of(390100, 390144);

  @Override
  public String type() {
    return "snowflake";
  }

  @Override
  public String dialectName() {
    return "snowflake";
  }

  /** Seeds: ebb's inferred types as Snowflake spells them. */
  private static final Map<CsvTypes.Inferred, String> SEED_TYPES =
      Map.of(
          CsvTypes.Inferred.BIGINT, "BIGINT",
          CsvTypes.Inferred.DOUBLE, "DOUBLE",
          CsvTypes.Inferred.BOOLEAN, "BOOLEAN",
          CsvTypes.Inferred.DATE, "DATE",
          CsvTypes.Inferred.TIMESTAMP, "TIMESTAMP_NTZ",
          CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMP_TZ",
          CsvTypes.Inferred.TEXT, "VARCHAR");

  @Override
  public Set<String> keys() {
    return Set.of("account", "user", "password", "private_key_path", "private_key_passphrase", "role",
        "warehouse", "database", "schema");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    String account = settings.required("account");
    String user = settings.required("user");
    settings.requireOneOf("private_key_path", "password");
    settings.exclusive("private_key_path", "password");
    settings.optional("private_key_path")
        .filter(path -> !Files.isRegularFile(projectDir.resolve(path)))
        .ifPresent(path -> settings.invalid("private_key_path", "private key file " + path + " not found",
            "a path relative to the project, or absolute"));
    settings.requireComplete();
    Properties properties = new Properties();
    properties.setProperty("user", user);
    Optional<String> keyPath = settings.optional("private_key_path");
    if (keyPath.isPresent()) {
      properties.setProperty("authenticator", "SNOWFLAKE_JWT");
      properties.setProperty(
          "private_key_file", projectDir.resolve(keyPath.get()).toAbsolutePath().normalize().toString());
      settings.optional("private_key_passphrase").ifPresent(p -> properties.setProperty("private_key_pwd", p));
    } else {
      properties.setProperty("password", settings.optional("password").orElseThrow());
    }
    SESSION.forEach((key, property) -> settings.optional(key).ifPresent(v -> properties.setProperty(property, v)));
    properties.setProperty("application", "ebb");
    // JSON results: the Arrow format needs --add-opens on Java 17.
    properties.setProperty("JDBC_QUERY_RESULT_FORMAT", "JSON");
    String host = account + ".snowflakecomputing.com";
    return new JdbcSettings("jdbc:snowflake://" + host + "/", properties, host + ":443");
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("schema", "PUBLIC");
  }

  @Override
  public String catalogQuery(Target target) {
    return CatalogQueries.STANDARD;
  }

  @Override
  public Optional<Privileges> privileges() {
    return Optional.of(new SnowflakePrivileges());
  }

  @Override
  public SeedLoader seedLoader() {
    return new InsertSeedLoader(SEED_TYPES);
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    return AUTHENTICATION_ERRORS.contains(e.getErrorCode())
        ? Optional.of("authentication failed for user '" + settings.properties().getProperty("user") + "'")
        : Optional.empty();
  }
}
