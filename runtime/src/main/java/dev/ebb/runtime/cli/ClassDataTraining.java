package dev.ebb.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run from which the {@code ./ebb} launcher makes its class-data-sharing archive:
 * validates, compiles and documents a small project that touches what a real one does (YAML of
 * every kind, the default parser and the Babel fallback, validation, lineage, every dialect, every
 * diagnostic renderer, a user error, the site with its ELK-laid-out lineage graph). An archive made from whatever command happened to run first, such as
 * {@code --version}, would leave most classes to be loaded from the jar on every run.
 *
 * <p>Run as {@code java -XX:DumpLoadedClassList=<list> -cp ebb.jar
 * dev.ebb.runtime.cli.ClassDataTraining} (prints nothing, exits 0); the launcher then dumps the
 * archive with {@code -Xshare:dump -XX:SharedClassListFile=<list>}.
 */
public final class ClassDataTraining {

  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path valid = Files.createTempDirectory("ebb-training");
    Path broken = Files.createTempDirectory("ebb-training");
    try {
      write(valid, false);
      write(broken, true);
      for (String format : new String[] {"text", "json", "github", "junit"}) {
        execute("validate", "--project", valid.toString(), "--format", format);
        execute("validate", "--project", broken.toString(), "--format", format);
      }
      execute("docs", "generate", "--project", valid.toString());
      execute("compile", "--project", valid.toString());
      execute("--version");
      execute("validate", "--help");
    } finally {
      delete(valid);
      delete(broken);
    }
  }

  private static void execute(String... args) {
    CommandLine commandLine = Main.newCommandLine(args);
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    commandLine.setOut(nowhere);
    commandLine.setErr(nowhere);
    commandLine.execute(args);
  }

  private static Map<String, String> project(boolean broken) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("ebb_project.yml", "name: training\nprofile: training\nsnapshot_schema: ebb_state\nvars:\n  min_amount: 10\n");
    files.put(
        "sources.yml",
        """
        sources:
          - schema: raw
            tables:
              - name: orders
                columns:
                  - {name: id, type: BIGINT}
                  - {name: customer_id, type: BIGINT}
                  - {name: amount, type: "DECIMAL(12,2)"}
                  - {name: status, type: VARCHAR}
                  - {name: ordered_at, type: TIMESTAMP}
              - name: customers
                columns:
                  - {name: id, type: BIGINT}
                  - {name: email, type: VARCHAR}
                  - {name: country, type: VARCHAR}
                  - {name: created_at, type: TIMESTAMP}
        """);
    files.put(
        "models/customers_paid.sql",
        """
        WITH paid AS (
          SELECT o.customer_id, SUM(o.amount) AS amount, MAX(o.ordered_at) AS last_order_at, COUNT(*) AS orders
          FROM raw.orders o
          WHERE o.status = 'paid' AND o.ordered_at > TIMESTAMP '2020-01-01 00:00:00'
          GROUP BY o.customer_id
        )
        SELECT c.id AS customer_id, c.email, LOWER(TRIM(c.country)) AS country,
               CASE WHEN p.amount >= 1000 THEN 'vip' WHEN p.amount >= 100 THEN 'regular' ELSE 'new' END AS segment,
               COALESCE(p.amount, 0) AS total_amount, CAST(p.orders AS INTEGER) AS orders,
               date_trunc('month', p.last_order_at) AS last_order_month
        FROM raw.customers c
        LEFT JOIN paid p ON p.customer_id = c.id
        WHERE c.country <> 'XX' AND c.email LIKE '%@%' AND c.id IN (SELECT customer_id FROM raw.orders)
        """);
    files.put(
        "models/customers_recent.sql",
        """
        SELECT p.customer_id, p.email, UPPER(p.segment) AS segment, p.total_amount * 1.1 AS total_amount,
               p.country::varchar AS country, ROW_NUMBER() OVER (PARTITION BY p.country ORDER BY p.total_amount DESC) AS "rank"
        FROM customers_paid p
        WHERE p.total_amount > {{vars.min_amount}}
        """);
    files.put(
        "models/properties.yml",
        """
        models:
          - name: customers_paid
            description: Paying customers.
            primary_key: customer_id
            tags: [hourly]
            columns:
              - name: email
                tests: [not_null, unique]
          - name: customers_recent
            primary_key: customer_id
        """);
    files.put("destinations/files.yml", "destination: files\ntype: file\nconfig:\n  path: output\n");
    files.put("destinations/app_db.yml", "destination: app_db\ntype: jdbc\nconfig:\n  url: jdbc:sqlite:app.db\n");
    files.put("destinations/hook.yml", "destination: hook\ntype: webhook\nconfig:\n  url: http://127.0.0.1:9/hook\n  batch: true\n");
    String[] destinations = {"files", "app_db", "hook"};
    String[] modes = {"upsert", "mirror", "insert"};
    for (int i = 0; i < destinations.length; i++) {
      files.put(
          "syncs/s" + i + ".yml",
          """
          sync: s%d
          model: %s
          destination: %s
          object: object_%d
          mode: %s
          match: {column: customer_id, field: id}
          mapping:
            id: customer_id
            email: email
            label: "{{segment}} customer {{email}}"
            source: {const: ebb}
          schedule: %s
          delete_safety: 0.1
          tags: [generated]
          """
              .formatted(i, i == 0 ? "customers_paid" : "customers_recent", destinations[i], i, modes[i], i == 2 ? "{after: s1}" : "\"*/15 * * * *\""));
    }
    if (broken) {
      files.put("models/broken_syntax.sql", "SELECT id, FROM raw.customers WHERE\n");
      files.put("models/broken_column.sql", "SELECT c.emial, missing(c.id) FROM raw.customers c JOIN raw.nothing n ON n.id = c.id\n");
      files.put("syncs/broken.yml", "sync: broken\nmodel: nowhere\ndestination: files\nmode: sideways\nschedule: \"61 * * *\"\nmapping: [1\n");
      files.put("destinations/broken.yml", "destination: broken\ntype: carrier_pigeon\nunknown_key: 1\n");
    }
    return files;
  }

  /** Writes the training project; a broken one has errors of every phase. */
  static void write(Path root, boolean broken) throws IOException {
    for (Map.Entry<String, String> file : project(broken).entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
