package dev.ebb.runtime.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
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

  @Override
  public JdbcSettings settings(Target target, Path projectDir) {
    TargetSettings settings = new TargetSettings(target);
    String account = settings.required("account");
    String user = settings.required("user");
    settings.requireOneOf("private_key_path", "password");
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
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    return AUTHENTICATION_ERRORS.contains(e.getErrorCode())
        ? Optional.of("authentication failed for user '" + settings.properties().getProperty("user") + "'")
        : Optional.empty();
  }
}
