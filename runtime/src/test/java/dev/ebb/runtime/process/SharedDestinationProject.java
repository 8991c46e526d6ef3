package dev.ebb.runtime.process;

import dev.ebb.engine.run.TestingSyncProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of several projects whose syncs deliver to the same destination, {@code sink}, each with a
 * DuckDB warehouse of its own and a state store shared with the others (from the environment):
 * what separate {@code ebb run} processes of one team look like to a destination.
 */
final class SharedDestinationProject {

  static final int BATCH = 5;
  /** Lanes enough that the rate, not the answers' latency on a busy machine, paces the sending. */
  static final int LANES = 4;

  private final Path root;
  private final Path log;
  private final Map<String, String> environment;

  /**
   * @param sync the sync's name, also the sink path its requests go to
   * @param requests how many requests the sync's rows take ({@link #BATCH} records each)
   */
  SharedDestinationProject(Path root, String sync, String sinkUrl, double rate, int requests, Map<String, String> environment)
      throws SQLException {
    this.root = root;
    this.log = root.resolve("child.log");
    this.environment = environment;
    new TestingSyncProject(root, Map.of(
        "ebb_project.yml", "name: shared\nprofile: shared\nsnapshot_schema: ebb_state\n",
        "profiles.yml", "shared:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: warehouse.duckdb\n",
        "sources.yml", """
            sources:
              - schema: analytics
                tables:
                  - name: people
                    columns:
                      - {name: id, type: BIGINT}
                      - {name: name, type: VARCHAR}
            """,
        "models/people.sql", "SELECT id, name FROM analytics.people\n",
        "models/people.yml", "models:\n  - name: people\n    primary_key: id\n",
        "destinations/sink.yml", """
            destination: sink
            type: webhook
            config:
              url: %s
              batch: true
            limits:
              batch_size: %d
              max_concurrency: %d
              requests_per_second: %s
            """.formatted(sinkUrl, BATCH, LANES, rate),
        "syncs/%s.yml".formatted(sync), """
            sync: %s
            model: people
            destination: sink
            object: people
            mode: upsert
            mapping:
              id: id
              name: name
            schedule: manual
            """.formatted(sync)));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA analytics");
      s.execute("CREATE TABLE analytics.people AS SELECT i AS id, 'name ' || i AS name FROM range(1, "
          + (requests * BATCH + 1) + ") t(i)");
    }
  }

  /** Starts {@code ebb run} in a new JVM with this test's classpath and the shared state store. */
  Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(
        java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "dev.ebb.runtime.cli.Main", "run", "--project", root.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder.start();
  }

  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
