package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.engine.warehouse.TestingPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ebb plan} against PostgreSQL, in a database of its own (seeds and snapshots use fixed schemas). */
class PlanPostgresIT {

  @TempDir Path dir;
  private String database;
  private Path project;

  @BeforeEach
  void createDatabase() throws Exception {
    TestingPostgres.assumeAvailable();
    database = "ebb_plan_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    admin("CREATE DATABASE " + database);
    project = SeededProjects.copyOf(Path.of("../sample-project"), dir);
    Path profiles = project.resolve("profiles.yml");
    SeededProjects.write(profiles, SeededProjects.read(profiles)
        + "    it:\n      type: postgres\n      url: jdbc:postgresql://127.0.0.1:5432/" + database + "\n      user: postgres\n");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  void plansOnPostgresAsOnDuckDbAndLeavesNoTables() throws Exception {
    CliRun seed = CliRun.of("seed", "--project", project.toString(), "--target", "it");
    assertThat(seed.exitCode()).as(seed.toString()).isZero();

    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--target", "it", "--format", "json", "--samples", "1");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertThat(json.get("warehouse_type").asText()).isEqualTo("postgres");
    JsonNode churn = json.get("syncs").get(0);
    assertThat(churn.get("sync").asText()).isEqualTo("churn_risk_to_app_db");
    // The same counts as on DuckDB (PlanCommandTest): both warehouses diff the same data alike.
    assertThat(churn.get("diff").get("added").asLong()).isEqualTo(121);
    assertThat(churn.get("samples").get("added").get(0).get("fields").get("summary").asText())
        .isEqualTo("Globex Labs: medium risk, 4 of 5 users active");
    assertThat(json.get("syncs").get(5).get("api_calls").get("requests").asLong()).isEqualTo(6);
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, TestingPostgres.USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'ebb_state'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    assertThat(project.resolve(".ebb")).doesNotExist();
  }

  private static void admin(String sql) throws Exception {
    try (Connection c = TestingPostgres.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
