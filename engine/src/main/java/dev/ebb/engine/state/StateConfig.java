package dev.ebb.engine.state;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the state store lives.
 *
 * <p>Resolution, first match wins:
 *
 * <ol>
 *   <li>the environment: {@code EBB_STATE_URL} (a JDBC URL, {@code jdbc:postgresql://…} or {@code
 *       jdbc:sqlite:…}), with optional {@code EBB_STATE_USER}, {@code EBB_STATE_PASSWORD}, {@code
 *       EBB_STATE_SCHEMA};
 *   <li>a {@code state:} block in the selected output of {@code profiles.yml}, already
 *       env-resolved: {@code state: {url: jdbc:postgresql://db:5432/ebb, user: ebb, password:
 *       "{{env.EBB_STATE_PASSWORD}}", schema: ebb}} or {@code state: {path: .ebb/state.db}} for a
 *       SQLite file relative to the project;
 *   <li>a SQLite file at {@code <project>/.ebb/state.db}.
 * </ol>
 *
 * @param schema PostgreSQL schema holding ebb's tables (created when missing); null for the
 *     connection's default
 */
public record StateConfig(String url, String user, String password, String schema) {

  public static final String DEFAULT_PATH = ".ebb/state.db";

  public StateConfig {
    Objects.requireNonNull(url, "url");
  }

  public static StateConfig sqlite(Path file) {
    return new StateConfig("jdbc:sqlite:" + file.toAbsolutePath().normalize(), null, null, null);
  }

  public static StateConfig resolve(
      Path projectDir, Map<String, ?> stateSettings, Map<String, String> environment) {
    String envUrl = environment.get("EBB_STATE_URL");
    if (envUrl != null && !envUrl.isBlank()) {
      return new StateConfig(
          envUrl,
          environment.get("EBB_STATE_USER"),
          environment.get("EBB_STATE_PASSWORD"),
          environment.get("EBB_STATE_SCHEMA"));
    }
    Object url = stateSettings.get("url");
    if (url != null) {
      return new StateConfig(
          url.toString(),
          text(stateSettings.get("user")),
          text(stateSettings.get("password")),
          text(stateSettings.get("schema")));
    }
    Object path = stateSettings.get("path");
    return sqlite(projectDir.resolve(path == null ? DEFAULT_PATH : path.toString()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "StateConfig[url=" + url + ", user=" + user + ", schema=" + schema + "]";
  }
}
