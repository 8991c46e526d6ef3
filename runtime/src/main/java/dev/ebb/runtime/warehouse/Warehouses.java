package dev.ebb.runtime.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Connects to a profile's target. */
public final class Warehouses {

  private static final List<WarehouseConnector> CONNECTORS =
      List.of(new DuckDbConnector(), new PostgresConnector(), new SnowflakeConnector());

  private Warehouses() {}

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
    String type = String.valueOf(target.type()).toLowerCase(Locale.ROOT);
    return CONNECTORS.stream()
        .filter(c -> c.type().equals(type))
        .findFirst()
        .orElseThrow(
            () ->
                new WarehouseException(
                    TargetSettings.describe(target)
                        + ": unknown warehouse type; expected one of "
                        + CONNECTORS.stream().map(WarehouseConnector::type).collect(Collectors.joining(", "))));
  }
}
