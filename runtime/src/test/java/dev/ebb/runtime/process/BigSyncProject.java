package dev.ebb.runtime.process;

import dev.ebb.engine.run.TestingSyncProject;
import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.model.Sync;
import dev.ebb.runtime.schedule.WorkspaceRuns;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.warehouse.TestingPostgres;
import dev.ebb.engine.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A project with a large model synced (upsert) to a batch webhook, run by {@code ebb run} (or
 * served by {@code ebb serve}, {@code ebb worker}) in child JVMs that tests kill: the crash and
 * concurrency tests' fixture. The warehouse is a DuckDB file, or a PostgreSQL schema; the state
 * store is the project's SQLite file unless {@link #environment} points the children elsewhere.
 */
final class BigSyncProject {

  private final Path root;
  private final Path log;
  /** The PostgreSQL schema holding the model's table and the snapshot; null for DuckDB. */
  private final String postgresSchema;
  private final Map<String, String> environment = new HashMap<>();

  BigSyncProject(Path root, String sinkUrl, int rows) throws IOException, SQLException {
    this(root, sinkUrl, rows, null);
  }

  /** The same project over a PostgreSQL warehouse: the model's table and the snapshot in {@code schema}. */
  static BigSyncProject onPostgres(Path root, String sinkUrl, int rows, String schema) throws IOException, SQLException {
    return new BigSyncProject(root, sinkUrl, rows, schema);
  }

  private BigSyncProject(Path root, String sinkUrl, int rows, String postgresSchema) throws IOException, SQLException {
    this.root = root;
    this.log = root.resolve("child.log");
    this.postgresSchema = postgresSchema;
    String schema = postgresSchema == null ? "analytics" : postgresSchema;
    String target = postgresSchema == null
        ? "      type: duckdb\n      path: warehouse.duckdb\n"
        : "      type: postgres\n      url: " + TestingPostgres.URL + "\n      user: " + TestingPostgres.USER
            + "\n      schema: " + postgresSchema + "\n";
    new TestingSyncProject(root, Map.of(
        "ebb_project.yml", "name: crash\nprofile: crash\nsnapshot_schema: "
            + (postgresSchema == null ? "ebb_state" : postgresSchema) + "\n",
        "profiles.yml", "crash:\n  target: dev\n  outputs:\n    dev:\n" + target,
        "sources.yml", """
            sources:
              - schema: %s
                tables:
                  - name: big
                    columns:
                      - {name: id, type: BIGINT}
                      - {name: name, type: VARCHAR}
                      - {name: amount, type: INTEGER}
            """.formatted(schema),
        "models/big_model.sql", "SELECT id, name, amount FROM " + schema + ".big\n",
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
    if (postgresSchema == null) {
      sql("CREATE SCHEMA analytics",
          "CREATE TABLE analytics.big AS SELECT i AS id, 'name ' || i AS name, CAST(i % 1000 AS INTEGER) AS amount"
              + " FROM range(1, " + (rows + 1) + ") t(i)");
    } else {
      sql("CREATE TABLE " + schema + ".big AS SELECT i::BIGINT AS id, 'name ' || i AS name, (i % 1000)::INTEGER AS amount"
          + " FROM generate_series(1, " + rows + ") i");
    }
  }

  /**
   * Queues a run of the sync in the children's state store, as {@code ebb serve}'s scheduler does,
   * for {@code ebb worker} children to claim.
   */
  String queueRun() {
    Compilation compilation = new TestingSyncProject(root, Map.of()).compile();
    try (Workspace workspace = Workspace.open(root, compilation, null, environment, Clock.systemUTC())) {
      Sync sync = compilation.project().sync("big_sync").orElseThrow();
      return workspace.state().createRun(WorkspaceRuns.of(workspace).newRun(sync, RunTrigger.MANUAL)).id();
    }
  }

  /** Variables every child gets, e.g. {@code EBB_STATE_URL} or {@code EBB_LEASE}. */
  Map<String, String> environment() {
    return environment;
  }

  /** The model's table, qualified. */
  String table() {
    return (postgresSchema == null ? "analytics" : postgresSchema) + ".big";
  }

  Path root() {
    return root;
  }

  /** Runs statements against the warehouse (a DuckDB file: only while no child holds it). */
  void sql(String... statements) throws SQLException {
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** The model as the sink should end up: {@code name|amount} by key. */
  Map<String, String> model() throws SQLException {
    Map<String, String> rows = new HashMap<>();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, amount FROM " + table())) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
      }
    }
    return rows;
  }

  private Connection warehouse() throws SQLException {
    return postgresSchema == null
        ? DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"))
        : TestingPostgres.connect();
  }

  /** Starts {@code ebb run} in a new JVM with this test's classpath, output appended to a log. */
  Process start() throws IOException {
    return start(log, "run");
  }

  /** Starts {@code ebb run --wait}: it takes the sync over once a killed run's lease lapsed. */
  Process startWaiting() throws IOException {
    return start(log, "run", "--wait", "--wait-timeout", "2m");
  }

  /**
   * Starts {@code ebb <command> --project <root>} in a new JVM, output appended to {@code <name>.log}
   * (see {@link #log(String)}).
   */
  Process start(String name, String... command) throws IOException {
    return start(root.resolve(name + ".log"), command);
  }

  private Process start(Path output, String... command) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line = new ArrayList<>(List.of(
        java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "dev.ebb.runtime.cli.Main"));
    line.addAll(List.of(command));
    line.addAll(List.of("--project", root.toString()));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
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

  /** What the child started as {@code name} printed so far. */
  String log(String name) {
    Path file = root.resolve(name + ".log");
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The status of the sync's latest run in the state store, or null before the first. */
  String latestRunStatus() {
    return stateValue("SELECT status FROM runs ORDER BY queued_at DESC, id DESC LIMIT 1");
  }

  /**
   * The first column of the first row {@code query} finds in the children's state store (the
   * project's SQLite file, or the PostgreSQL schema of {@code EBB_STATE_URL}), or null when there is
   * none yet.
   */
  String stateValue(String query) {
    String url = environment.get("EBB_STATE_URL");
    Path state = root.resolve(".ebb/state.db");
    if (url == null && !Files.exists(state)) {
      return null;
    }
    try (Connection c = url == null
            ? DriverManager.getConnection("jdbc:sqlite:" + state.toString().replace(File.separatorChar, '/') + "?open_mode=1")
            : DriverManager.getConnection(url + "?currentSchema=" + environment.get("EBB_STATE_SCHEMA"),
                environment.get("EBB_STATE_USER"), "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
