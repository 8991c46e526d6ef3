package dev.ebb.engine.warehouse;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.Suggestions;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks a profile's target offline, and connects to it. */
public final class Warehouses {

  private static final List<WarehouseConnector> CONNECTORS =
      List.of(
          new DuckDbConnector(),
          new PostgresConnector(),
          new SnowflakeConnector(),
          new BigQueryConnector(),
          new RedshiftConnector(),
          new DatabricksConnector());

  private Warehouses() {}

  /**
   * Checks a target's settings without connecting: an unknown type, missing, invalid or unknown
   * settings, each a diagnostic located in profiles.yml.
   *
   * @param target with its {@code {{env.NAME}}} references resolved
   */
  public static void validate(Target target, Path projectDir, Diagnostics diagnostics) {
    Optional<WarehouseConnector> found = find(target);
    if (found.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.EBB233,
          target.locations().of("type"),
          "unknown warehouse type '" + target.type() + "' for target '" + target.name() + "'",
          Optional.ofNullable(Suggestions.didYouMean(lower(target.type()), types()))
              .orElse("types: " + String.join(", ", types())));
      return;
    }
    WarehouseConnector connector = found.get();
    TargetSettings settings = new TargetSettings(target);
    try {
      connector.settings(settings, projectDir);
    } catch (WarehouseException e) {
      // the problems are noted in settings, and reported with their locations below
    }
    settings.report(connector.keys(), diagnostics);
  }

  /**
   * Connects to a target whose settings are already env-resolved.
   *
   * @param projectDir what relative paths ({@code path}, {@code private_key_path}) resolve against
   * @throws WarehouseException when the type is unknown, a setting is missing, or the warehouse
   *     cannot be reached; the message names the target and the cause
   */
  public static Warehouse connect(Target target, Path projectDir) {
    WarehouseConnector connector = connector(target);
    Dialect dialect =
        Dialects.byName(connector.dialectName())
            .orElseThrow(() -> new IllegalStateException("no dialect " + connector.dialectName()));
    return JdbcWarehouse.open(target, connector, dialect, connector.settings(target, projectDir));
  }

  /** The warehouse types ebb connects to, as written in profiles.yml. */
  public static List<String> types() {
    return CONNECTORS.stream().map(WarehouseConnector::type).toList();
  }

  static WarehouseConnector connector(Target target) {
    return find(target)
        .orElseThrow(
            () ->
                new WarehouseException(
                    TargetSettings.describe(target)
                        + ": unknown warehouse type; expected one of "
                        + String.join(", ", types())));
  }

  private static Optional<WarehouseConnector> find(Target target) {
    String type = lower(target.type());
    return CONNECTORS.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  private static String lower(String text) {
    return String.valueOf(text).toLowerCase(Locale.ROOT);
  }
}
