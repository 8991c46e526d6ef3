package dev.ebb.runtime.sync;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A project with a large DuckDB model synced (upsert) to a batch webhook, run by {@code ebb run}
 * in child JVMs that tests kill: the crash tests' fixture.
 */
final class BigSyncProject {

  private final Path root;
  private final Path log;

  BigSyncProject(Path root, String sinkUrl, int rows) throws IOException, SQLException {
    this.root = root;
    this.log = root.resolve("child.log");
    new TestingSyncProject(root, Map.of(
        "ebb_project.yml", "name: crash\nprofile: crash\nsnapshot_schema: ebb_state\n",
        "profiles.yml", "crash:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: warehouse.duckdb\n",
        "sources.yml", """
            sources:
              - schema: analytics
                tables:
                  - name: big
                    columns:
                      - {name: id, type: BIGINT}
                      - {name: name, type: VARCHAR}
                      - {name: amount, type: INTEGER}
            """,
        "models/big_model.sql", "SELECT id, name, amount FROM analytics.big\n",
        "models/big_model.yml", "models:\n  - name: big_model\n    primary_key: id\n",
        "destinations/sink.yml", """
            destination: sink
            type: webhook
            config:
              url: %s
              batch: true
            limits:
              batch_size: 1000
              max_concurrency: 2
              requests_per_second: 10000
            """.formatted(sinkUrl),
        "syncs/big_sync.yml", """
            sync: big_sync
            model: big_model
            destination: sink
            object: records
            mode: upsert
            mapping:
              id: id
              name: name
              amount: amount
            schedule: manual
            """));
    sql("CREATE SCHEMA analytics",
        "CREATE TABLE analytics.big AS SELECT i AS id, 'name ' || i AS name, CAST(i % 1000 AS INTEGER) AS amount FROM range(1, "
            + (rows + 1) + ") t(i)");
  }

  Path root() {
    return root;
  }

  /** Runs statements against the warehouse file; only while no child holds it. */
  void sql(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"));
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** The model as the sink should end up: {@code name|amount} by key. */
  Map<String, String> model() throws SQLException {
    Map<String, String> rows = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, amount FROM analytics.big")) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
      }
    }
    return rows;
  }

  /** Starts {@code ebb run} in a new JVM with this test's classpath, output appended to a log. */
  Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(
        java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "dev.ebb.runtime.cli.Main", "run", "--project", root.toString()));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder.start();
  }

  /** Waits for a child to end; fails (after killing it) when it hangs. */
  static int await(Process process, long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("ebb run did not end within " + seconds + " s");
    }
    return process.exitValue();
  }

  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** The status of the sync's latest run in the SQLite state store, or null before the first. */
  String latestRunStatus() {
    Path state = root.resolve(".ebb/state.db");
    if (!Files.exists(state)) {
      return null;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state.toString().replace(File.separatorChar, '/') + "?open_mode=1");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT status FROM runs ORDER BY queued_at DESC, id DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
