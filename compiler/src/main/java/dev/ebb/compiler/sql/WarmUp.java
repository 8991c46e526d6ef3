package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Runs one small model through parsing and validation on a background thread, once per JVM.
 * Calcite's first query pays for its static initialisation (operator tables of every library, the
 * type system, the parser) and for loading a few thousand classes; started before the project is
 * read, that cost overlaps with loading files instead of adding to it.
 */
final class WarmUp {

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final Locations NOWHERE = Locations.at(SourceLocation.of("sources.yml"));

  private static final String SQL =
      """
      WITH t AS (SELECT id, SUM(amount) AS amount FROM warm_up.orders WHERE status = 'paid' GROUP BY id)
      SELECT o.id, CASE WHEN t.amount > 10 THEN 'a' ELSE 'b' END AS segment, COALESCE(t.amount, 0) AS amount, UPPER(o.status) AS s
      FROM warm_up.orders o LEFT JOIN t ON t.id = o.id
      WHERE o.status <> 'x'
      """;

  private WarmUp() {}

  static void start() {
    if (STARTED.compareAndSet(false, true)) {
      Thread thread = new Thread(WarmUp::run, "ebb-sql-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static void run() {
    try {
      Diagnostics ignored = new Diagnostics();
      SourceTable orders =
          new SourceTable(
              "warm_up",
              "orders",
              null,
              List.of(column("id", "BIGINT"), column("amount", "DECIMAL(12,2)"), column("status", "VARCHAR")),
              NOWHERE);
      WarehouseSchema schema = WarehouseSchema.of(new Catalog(List.of(orders)), ignored);
      Model model = new Model("warm_up", "models/warm_up.sql", SQL, null);
      VarSubstitution.render(model, Map.of(), ignored)
          .flatMap(rendered -> ModelParser.parse(rendered, ignored))
          .ifPresent(
              node -> {
                SqlValidator validator = WarehouseSql.validator(schema.catalogReader());
                validator.getValidatedNodeType(validator.validate(node));
              });
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the analysis itself reports whatever goes wrong.
    }
  }

  private static SourceColumn column(String name, String type) {
    return new SourceColumn(name, type, null, NOWHERE);
  }
}
