package dev.ebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic but realistic project: source tables, models with joins, aggregates, CASE,
 * CTEs and model-on-model references, and syncs to file/jdbc/webhook destinations with columns,
 * templates and constants.
 */
final class GeneratedProject {

  private static final int SOURCE_TABLES = 40;

  private GeneratedProject() {}

  static Path write(Path root, int models, int syncs) throws IOException {
    Files.createDirectories(root.resolve("models"));
    Files.createDirectories(root.resolve("syncs"));
    Files.createDirectories(root.resolve("destinations"));
    Files.writeString(
        root.resolve("ebb_project.yml"),
        "name: generated\nprofile: generated\nsnapshot_schema: ebb_state\nvars:\n  min_amount: 10\n");
    writeSources(root);
    Files.writeString(
        root.resolve("destinations/files.yml"),
        "destination: files\ntype: file\nconfig:\n  path: output\n");
    Files.writeString(
        root.resolve("destinations/app_db.yml"),
        "destination: app_db\ntype: jdbc\nconfig:\n  url: jdbc:sqlite:app.db\n");
    Files.writeString(
        root.resolve("destinations/hook.yml"),
        "destination: hook\ntype: webhook\nconfig:\n  url: http://127.0.0.1:9/hook\n  batch: true\n");
    for (int i = 0; i < models; i++) {
      Files.writeString(root.resolve("models/m" + i + ".sql"), modelSql(i));
    }
    StringBuilder properties = new StringBuilder("models:\n");
    for (int i = 0; i < models; i++) {
      properties
          .append("  - name: m").append(i).append('\n')
          .append("    description: Generated model ").append(i).append(".\n")
          .append("    primary_key: customer_id\n")
          .append("    tags: [").append(i % 2 == 0 ? "hourly" : "daily").append("]\n");
    }
    Files.writeString(root.resolve("models/properties.yml"), properties);
    String[] destinations = {"files", "app_db", "hook"};
    String[] modes = {"upsert", "mirror", "upsert"};
    for (int i = 0; i < syncs; i++) {
      int d = i % 3;
      Files.writeString(
          root.resolve("syncs/s" + i + ".yml"),
          String.format(
              Locale.ROOT,
              """
              sync: s%d
              model: m%d
              destination: %s
              object: object_%d
              mode: %s
              mapping:
                customer_id: customer_id
                email: email
                segment: segment
                total: total_amount
                label: "{{segment}} customer {{email}}"
                source: {const: ebb}
              schedule: "%d * * * *"
              tags: [generated]
              """,
              i, i % models, destinations[d], i, modes[d], i % 60));
    }
    return root;
  }

  private static void writeSources(Path root) throws IOException {
    StringBuilder sources = new StringBuilder("sources:\n  - schema: raw\n    tables:\n");
    for (int t = 0; t < SOURCE_TABLES; t++) {
      sources
          .append("      - name: orders_").append(t).append('\n')
          .append("        columns:\n")
          .append("          - {name: id, type: BIGINT}\n")
          .append("          - {name: customer_id, type: BIGINT}\n")
          .append("          - {name: amount, type: \"DECIMAL(12,2)\"}\n")
          .append("          - {name: status, type: VARCHAR}\n")
          .append("          - {name: ordered_at, type: TIMESTAMP}\n");
      sources
          .append("      - name: customers_").append(t).append('\n')
          .append("        columns:\n")
          .append("          - {name: id, type: BIGINT}\n")
          .append("          - {name: email, type: VARCHAR}\n")
          .append("          - {name: country, type: VARCHAR}\n")
          .append("          - {name: created_at, type: TIMESTAMP}\n");
    }
    Files.writeString(root.resolve("sources.yml"), sources);
  }

  /** Every fifth model reads the previous model instead of a source, to exercise the DAG. */
  private static String modelSql(int i) {
    int t = i % SOURCE_TABLES;
    if (i % 5 == 4) {
      return String.format(
          Locale.ROOT,
          """
          SELECT p.customer_id, p.email, UPPER(p.segment) AS segment, p.total_amount * 1.1 AS total_amount
          FROM m%d p
          WHERE p.total_amount > {{vars.min_amount}}
          """,
          i - 1);
    }
    return String.format(
        Locale.ROOT,
        """
        WITH paid AS (
          SELECT o.customer_id, SUM(o.amount) AS amount, MAX(o.ordered_at) AS last_order_at
          FROM raw.orders_%d o
          WHERE o.status = 'paid'
          GROUP BY o.customer_id
        )
        SELECT c.id AS customer_id,
               c.email,
               CASE WHEN p.amount >= 1000 THEN 'vip' WHEN p.amount >= 100 THEN 'regular' ELSE 'new' END AS segment,
               COALESCE(p.amount, 0) AS total_amount,
               p.last_order_at
        FROM raw.customers_%d c
        LEFT JOIN paid p ON p.customer_id = c.id
        WHERE c.country <> 'XX'
        """,
        t, t);
  }
}
