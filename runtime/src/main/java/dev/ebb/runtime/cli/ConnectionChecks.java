package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.project.EnvResolver;
import dev.ebb.compiler.sql.SqlAnalysis;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.engine.warehouse.Warehouse;
import dev.ebb.engine.workspace.Workspace;
import dev.ebb.engine.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of {@code ebb check}, each turned into a result line: what was checked, whether it
 * passed, and why not. Secret values (secret config keys, anything read from the environment,
 * passwords and keys of the target) are masked in every message.
 */
final class ConnectionChecks {

  /** One line of the result table. */
  record Result(String check, String subject, boolean ok, String detail) {}

  private static final Pattern SECRET_SETTING = Pattern.compile("(?i).*(password|secret|token|private_key|key).*");

  private final Workspace workspace;
  private final Map<String, String> environment;
  private final DestinationTypes registry = DestinationTypes.load();

  ConnectionChecks(Workspace workspace, Map<String, String> environment) {
    this.workspace = workspace;
    this.environment = environment;
  }

  /** Connect, {@code SELECT 1}, and the target's default schema is visible. */
  Result warehouse() {
    String subject = workspace.target().name() + " (" + workspace.target().type() + ")";
    try {
      Warehouse warehouse = workspace.warehouse();
      try (Connection connection = warehouse.connection();
          Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT 1")) {
        rs.next();
        String schema = warehouse.defaultSchema();
        if (schema != null && !schemaVisible(connection, schema)) {
          return new Result("warehouse", subject, false, "connected, but schema " + schema + " is not visible to this user");
        }
        return new Result("warehouse", subject, true, "connected; schema " + schema + " visible");
      }
    } catch (SQLException | RuntimeException e) {
      return new Result("warehouse", subject, false, redact(message(e), targetSecrets()));
    }
  }

  /**
   * The grants ebb needs, as the warehouse records them: creating tables in the snapshot schema and
   * selecting from every source the given models read, directly or through other models.
   */
  Result grants(Collection<String> models) {
    String subject = "snapshot schema, " + (models.isEmpty() ? "no models" : "sources of " + models.size() + " model(s)");
    Set<String> sources = sourcesOf(models);
    try {
      String snapshotSchema = workspace.compilation().project().config().snapshotSchema();
      Optional<List<String>> missing = workspace.warehouse().missingPrivileges(snapshotSchema, sources);
      if (missing.isEmpty()) {
        return new Result("grants", subject, true, "not checked: " + workspace.target().type() + " grants are not readable through SQL");
      }
      if (missing.get().isEmpty()) {
        return new Result("grants", subject, true,
            "create tables in " + snapshotSchema + "; select on " + sources.size() + " source(s)");
      }
      return new Result("grants", subject, false, "missing: " + String.join("; ", missing.get()));
    } catch (RuntimeException e) {
      return new Result("grants", subject, false, redact(message(e), targetSecrets()));
    }
  }

  /** Source tables ({@code schema.table}) the models read, following model dependencies. */
  private Set<String> sourcesOf(Collection<String> models) {
    SqlAnalysis analysis = workspace.compilation().analysis();
    Set<String> sources = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(models);
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (seen.add(name)) {
        analysis.model(name).ifPresent(model -> {
          sources.addAll(model.sourceDependencies());
          pending.addAll(model.modelDependencies());
        });
      }
    }
    return sources;
  }

  Result stateStore() {
    try {
      workspace.state().runs(null, 1);
      return new Result("state store", "runs, checkpoints, dead letters", true, "opened, schema up to date");
    } catch (RuntimeException e) {
      return new Result("state store", "runs, checkpoints, dead letters", false, redact(message(e), targetSecrets()));
    }
  }

  /** Opens the destination with its resolved config and runs its own check. */
  Result destination(Destination destination) {
    String subject = destination.name() + " (" + destination.type() + ")";
    List<String> secrets = destinationSecrets(destination);
    try {
      workspace.destination(destination.name()).destination().check();
      return new Result("destination", subject, true, "reachable");
    } catch (WorkspaceException e) {
      String detail = e.diagnostics().stream().map(Diagnostic::headline).collect(Collectors.joining("; "));
      return new Result("destination", subject, false, redact(detail, secrets));
    } catch (DestinationException | RuntimeException e) {
      return new Result("destination", subject, false, redact(message(e), secrets));
    }
  }

  private static boolean schemaVisible(Connection connection, String schema) throws SQLException {
    try (ResultSet schemas = connection.getMetaData().getSchemas()) {
      while (schemas.next()) {
        if (schema.equalsIgnoreCase(schemas.getString("TABLE_SCHEM"))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> targetSecrets() {
    List<String> secrets = new ArrayList<>();
    workspace.target().settings().forEach((key, value) -> {
      if (value instanceof String text && SECRET_SETTING.matcher(key).matches()) {
        secrets.add(text);
      }
    });
    return secrets;
  }

  /** Values of secret keys, and every value that came from an environment variable. */
  private List<String> destinationSecrets(Destination destination) {
    List<String> secrets = new ArrayList<>();
    DestinationFactory factory = registry.find(destination.type()).orElse(null);
    EnvResolver resolver = new EnvResolver(environment);
    destination.config().forEach((key, raw) -> {
      Object resolved = resolver.resolveValue(raw, destination.locations().of("config." + key), new Diagnostics());
      boolean secret = factory != null && factory.configSpec().key(key).map(ConfigKey::secret).orElse(false);
      boolean fromEnvironment = raw instanceof String text && EnvResolver.hasReference(text);
      if ((secret || fromEnvironment) && resolved instanceof String text) {
        secrets.add(text);
      }
    });
    return secrets;
  }

  static String redact(String message, List<String> secrets) {
    String redacted = message;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 3) {
        redacted = redacted.replace(secret, "****");
      }
    }
    return redacted;
  }

  private static String message(Exception e) {
    String text = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
