package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Operation;
import dev.ebb.engine.warehouse.TestingPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresStateStoreIT extends AbstractStateStoreTest {

  private String schema;

  @BeforeAll
  static void requirePostgres() {
    TestingPostgres.assumeAvailable();
  }

  @Override
  StateConfig config() throws Exception {
    if (schema == null) {
      // A schema Flyway has yet to create: migrations start from nothing.
      schema = TestingPostgres.createSchema();
      TestingPostgres.dropSchema(schema);
    }
    return new StateConfig(TestingPostgres.URL, TestingPostgres.USER, "", schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    TestingPostgres.dropSchema(schema);
  }

  @Test
  void aVersion1RecordLogKeepsItsLinesAndProvenanceWhenMigrated() throws Exception {
    String v1 = TestingPostgres.createSchema();
    try {
      TestingPostgres.dropSchema(v1);
      Flyway.configure().dataSource(TestingPostgres.URL, TestingPostgres.USER, "")
          .locations("classpath:db/migration/postgresql").schemas(v1).defaultSchema(v1).target("1").load().migrate();
      try (Connection c = TestingPostgres.connect(); Statement s = c.createStatement()) {
        s.execute("SET search_path TO \"" + v1 + "\"");
        s.executeUpdate("INSERT INTO runs (id, sync, status, run_trigger, full_refresh, git_commit, mapping_fingerprint,"
            + " queued_at) VALUES ('r1', 'leads', 'succeeded', 'manual', false, 'abc123', 'fp1', 1000)");
        s.executeUpdate("INSERT INTO record_results (run_id, sync, git_commit, mapping_fingerprint, record_key, op,"
            + " outcome, response, at) VALUES ('r1', 'leads', 'abc123', 'fp1', 'k \"1\"', 'UPSERT', 'rejected', 'invalid', 2000),"
            + " ('r1', 'leads', 'abc123', 'fp1', 'k2', 'UPSERT', 'accepted', NULL, 3000)");
      }

      try (StateStore migrated = JdbcStateStore.open(new StateConfig(TestingPostgres.URL, TestingPostgres.USER, "", v1), clock)) {
        assertThat(migrated.recordResults("r1", 0, 10)).containsExactly(
            new RecordResult("r1", "leads", "abc123", "fp1", "k \"1\"", Operation.UPSERT, DeliveryOutcome.REJECTED, "invalid",
                Instant.ofEpochMilli(2000)),
            new RecordResult("r1", "leads", "abc123", "fp1", "k2", Operation.UPSERT, DeliveryOutcome.ACCEPTED, null,
                Instant.ofEpochMilli(3000)));
      }
    } finally {
      TestingPostgres.dropSchema(v1);
    }
  }
}
