package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL: {@code url}, or {@code host}/{@code port}/{@code database}; {@code user}, {@code password}. */
final class PostgresConnector implements WarehouseConnector {

  private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^/?]+)");

  /** SQL states with a clearer wording than the driver's. */
  private static final Map<String, String> STATES =
      Map.of(
          "28P01", "authentication failed for user '%s'",
          "28000", "authentication failed for user '%s'",
          "3D000", "database does not exist (%2$s)");

  @Override
  public String type() {
    return "postgres";
  }

  @Override
  public String dialectName() {
    return "postgres";
  }

  @Override
  public Set<String> keys() {
    return Set.of("url", "host", "port", "database", "user", "password", "schema");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    settings.exclusive("url", "host");
    if (!settings.has("url")) {
      settings.port("port", "5432");
    }
    String url =
        settings
            .optional("url")
            .orElseGet(
                () ->
                    "jdbc:postgresql://"
                        + settings.orDefault("host", "localhost")
                        + ":"
                        + settings.orDefault("port", "5432")
                        + "/"
                        + settings.required("database"));
    String user = settings.required("user");
    settings.requireComplete();
    Properties properties = new Properties();
    properties.setProperty("user", user);
    settings.optional("password").ifPresent(p -> properties.setProperty("password", p));
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("ApplicationName", "ebb");
    Matcher hostPort = HOST_PORT.matcher(url);
    return new JdbcSettings(url, properties, hostPort.find() ? hostPort.group(1) : url);
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("schema", "public");
  }

  @Override
  public String catalogQuery(Target target) {
    return CatalogQueries.STANDARD;
  }

  @Override
  public Optional<Privileges> privileges() {
    return Optional.of(new PostgresPrivileges());
  }

  @Override
  public SeedLoader seedLoader() {
    return new PostgresSeedLoader();
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    String wording = e.getSQLState() == null ? null : STATES.get(e.getSQLState());
    return Optional.ofNullable(wording)
        .map(w -> String.format(w, settings.properties().getProperty("user"), settings.url()));
  }
}
