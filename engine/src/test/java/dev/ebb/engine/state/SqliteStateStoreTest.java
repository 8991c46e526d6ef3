package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Operation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest extends AbstractStateStoreTest {

  @TempDir Path project;

  @Override
  StateConfig config() {
    return StateConfig.resolve(project, Map.of(), Map.of());
  }

  @Test
  void defaultsToAFileInTheProjectInWalMode() throws Exception {
    Path file = project.resolve(".ebb/state.db");
    assertThat(file).exists();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      mode.next();
      assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void aVersion1RecordLogKeepsItsLinesAndProvenanceWhenMigrated() throws Exception {
    Path file = project.resolve("v1/state.db");
    java.nio.file.Files.createDirectories(file.getParent());
    String url = "jdbc:sqlite:" + file;
    Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/sqlite").target("1").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO runs (id, sync, status, run_trigger, full_refresh, git_commit, mapping_fingerprint,"
          + " queued_at) VALUES ('r1', 'leads', 'succeeded', 'manual', false, 'abc123', 'fp1', 1000)");
      s.executeUpdate("INSERT INTO record_results (run_id, sync, git_commit, mapping_fingerprint, record_key, op,"
          + " outcome, response, at) VALUES ('r1', 'leads', 'abc123', 'fp1', 'k1', 'UPSERT', 'rejected', 'invalid', 2000),"
          + " ('r1', 'leads', 'abc123', 'fp1', 'k2', 'UPSERT', 'accepted', NULL, 3000)");
    }

    try (StateStore migrated = JdbcStateStore.open(StateConfig.sqlite(file), clock)) {
      assertThat(migrated.recordResults("r1", 0, 10)).containsExactly(
          new RecordResult("r1", "leads", "abc123", "fp1", "k1", Operation.UPSERT, DeliveryOutcome.REJECTED, "invalid",
              Instant.ofEpochMilli(2000)),
          new RecordResult("r1", "leads", "abc123", "fp1", "k2", Operation.UPSERT, DeliveryOutcome.ACCEPTED, null,
              Instant.ofEpochMilli(3000)));
      // New lines go after the migrated ones.
      migrated.recordResults(List.of(new NewRecordResult("r1", "k3", Operation.UPSERT, DeliveryOutcome.ACCEPTED, null,
          Instant.ofEpochMilli(4000))));
      assertThat(migrated.recordResults("r1", 2, 10)).extracting(RecordResult::key).containsExactly("k3");
    }
  }

  @Test
  void aReaderIsNotBlockedByAnOpenWriteTransaction() throws Exception {
    Run run = queue("s");
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + project.resolve(".ebb/state.db"))) {
      writer.setAutoCommit(false);
      writer.createStatement().executeUpdate("UPDATE runs SET error = 'x'");

      assertThat(store.run(run.id())).isPresent();
      writer.rollback();
    }
  }
}
