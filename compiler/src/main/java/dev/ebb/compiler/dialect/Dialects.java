package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;

/** The warehouses ebb generates SQL for, in a stable order. */
public final class Dialects {

  private static final List<Dialect> ALL =
      List.of(
          new DuckDbDialect(),
          new PostgresDialect(),
          new SnowflakeDialect(),
          new BigQueryDialect(),
          new RedshiftDialect(),
          new DatabricksDialect());

  private Dialects() {}

  public static List<Dialect> all() {
    return ALL;
  }

  public static Optional<Dialect> byName(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
