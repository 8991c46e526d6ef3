package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationalCommandsTest {

  private static final String CHURN = "churn_risk_to_app_db";

  @TempDir static Path shared;
  private static Path template;

  @TempDir Path dir;
  private Path project;

  @BeforeAll
  static void seedOnce() {
    template = SeededProjects.seed(shared);
  }

  @BeforeEach
  void copy() {
    project = SeededProjects.copyOf(template, dir);
  }

  @Test
  void checkTestsTheTargetStateStoreAndDestinations() {
    CliRun ok = CliRun.of("check", "--project", project.toString(), "--select", CHURN);
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.out())
        .containsPattern("warehouse\\s+dev \\(duckdb\\)\\s+ok\\s+connected; schema main visible")
        .containsPattern("state store\\s+.*ok")
        .containsPattern("destination\\s+app_db \\(jdbc\\)\\s+ok\\s+reachable")
        .containsPattern("grants\\s+snapshot schema, sources of 1 model\\(s\\)\\s+ok\\s+create tables in \\w+; select on \\d+ source\\(s\\)")
        .contains("4 checks, 0 failed");

    // The webhook's signing secret comes from an unset variable: a located failure, not a crash.
    CliRun failing = CliRun.of("check", "--project", project.toString(), "--select", "destination:lifecycle_webhook");
    assertThat(failing.exitCode()).as(failing.toString()).isEqualTo(1);
    assertThat(failing.out())
        .containsPattern("destination\\s+lifecycle_webhook \\(webhook\\)\\s+FAILED\\s+destinations/lifecycle_webhook.yml:\\d+:\\d+")
        .contains("LIFECYCLE_SIGNING_SECRET")
        .contains("4 checks, 1 failed");
  }

  @Test
  void targetSettingsAreCheckedBeforeConnecting() throws Exception {
    Path profiles = project.resolve("profiles.yml");
    Files.writeString(profiles, Files.readString(profiles)
        + "    rs:\n      type: redshift\n      host: 127.0.0.1\n      database: analytics\n      user: ebb\n"
        + "      pasword: hunter2\n"
        + "    bq:\n      type: bigquery\n      project: acme\n      dataset: marts\n");

    CliRun invalid = CliRun.of("check", "--project", project.toString(), "--target", "rs");
    assertThat(invalid.exitCode()).as(invalid.toString()).isEqualTo(1);
    assertThat(invalid.out() + invalid.err())
        .containsPattern("profiles.yml:\\d+:\\d+: error\\[EBB230\\]: target 'rs' \\(redshift\\) needs setting 'password'")
        .containsPattern("profiles.yml:\\d+:\\d+: error\\[EBB232\\]: target 'rs' \\(redshift\\): unknown setting 'pasword'")
        .contains("did you mean 'password'?")
        .doesNotContain("hunter2");

    // BigQuery's driver is not bundled: a clear failure that names where it goes, no network.
    CliRun bigquery = CliRun.of("check", "--project", project.toString(), "--target", "bq", "--select", CHURN);
    assertThat(bigquery.exitCode()).as(bigquery.toString()).isEqualTo(1);
    assertThat(bigquery.out()).containsPattern("warehouse\\s+bq \\(bigquery\\)\\s+FAILED\\s+target 'bq' \\(bigquery\\):"
        + " cannot connect: Google's BigQuery JDBC driver is not installed");
  }

  @Test
  void secretsAreMaskedInCheckMessages() {
    java.util.List<String> secrets = java.util.List.of("hunter2-very-secret");
    assertThat(ConnectionChecks.redact("cannot connect to https://x/?token=hunter2-very-secret", secrets))
        .isEqualTo("cannot connect to https://x/?token=****");
  }

  @Test
  void runsListsHistoryAndShowsOneRun() throws Exception {
    assertThat(CliRun.of("runs", "--project", project.toString()).out()).contains("no runs yet");
    assertThat(CliRun.of("run", "--project", project.toString(), "--select", CHURN).exitCode()).isZero();

    CliRun runs = CliRun.of("runs", "--project", project.toString());
    assertThat(runs.exitCode()).as(runs.toString()).isZero();
    assertThat(runs.out()).containsPattern("run\\s+sync\\s+status\\s+trigger\\s+started\\s+duration\\s+planned\\s+sent\\s+ok")
        .containsPattern("churn_risk_to_app_db\\s+succeeded\\s+manual\\s+\\d{4}-\\d\\d-\\d\\d .*\\s121\\s+121\\s+121");

    JsonNode json = new ObjectMapper().readTree(CliRun.of("runs", "--project", project.toString(), "--format", "json").out());
    String runId = json.get("runs").get(0).get("id").asText();
    assertThat(json.get("runs").get(0).get("counts").get("succeeded").asLong()).isEqualTo(121);

    CliRun show = CliRun.of("runs", "show", runId, "--project", project.toString());
    assertThat(show.exitCode()).as(show.toString()).isZero();
    assertThat(show.out())
        .contains("run " + runId + " of churn_risk_to_app_db: succeeded (trigger manual)")
        .containsPattern("timeline\n  queued .*\n  planning .*\n  delivering .*\n  committing .*\n  succeeded ")
        .contains("sent 121: 121 accepted, 0 skipped, 0 failed (retried next run), 0 dead-lettered");

    CliRun missing = CliRun.of("runs", "show", "NOPE", "--project", project.toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no run NOPE in the state store");
  }

  @Test
  void pauseStopsNewRunsUntilResumed() {
    CliRun pause = CliRun.of("pause", CHURN, "--reason", "CRM migration", "--project", project.toString());
    assertThat(pause.exitCode()).as(pause.toString()).isZero();
    assertThat(pause.out()).contains("paused churn_risk_to_app_db (CRM migration): it takes no new runs");

    CliRun run = CliRun.of("run", "--project", project.toString(), "--select", CHURN);
    assertThat(run.out()).contains("paused");
    assertThat(project.resolve("app.db")).doesNotExist();
    assertThat(CliRun.of("runs", "--project", project.toString()).out()).contains("paused: churn_risk_to_app_db (CRM migration)");

    CliRun resume = CliRun.of("resume", CHURN, "--project", project.toString());
    assertThat(resume.exitCode()).isZero();
    assertThat(resume.out()).contains("resumed churn_risk_to_app_db");
    assertThat(CliRun.of("run", "--project", project.toString(), "--select", CHURN).exitCode()).isZero();

    CliRun unknown = CliRun.of("pause", "nope", "--project", project.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no sync named 'nope'").contains("defined syncs: churn_risk_to_app_db");
  }

  @Test
  void retryResendsDeadLettersInANewRun() throws Exception {
    // The app database refuses high-risk accounts: those records are dead-lettered.
    String appDb = "jdbc:sqlite:" + project.resolve("app.db");
    sqlite(appDb, "CREATE TABLE account_health (account_id INTEGER PRIMARY KEY, account TEXT, plan TEXT,"
        + " risk_level TEXT CHECK (risk_level <> 'high'), active_users INTEGER, seats_used INTEGER,"
        + " failed_invoices INTEGER, summary TEXT)");
    CliRun run = CliRun.of("run", "--project", project.toString(), "--select", CHURN);
    assertThat(run.exitCode()).isZero();
    JsonNode first = new ObjectMapper().readTree(CliRun.of("runs", "--project", project.toString(), "--format", "json").out())
        .get("runs").get(0);
    String runId = first.get("id").asText();
    long dead = first.get("counts").get("dead_lettered").asLong();
    assertThat(dead).isPositive();
    assertThat(run.out()).contains(CHURN + ": " + dead + " dead-lettered, 0 left for the next run: see `ebb runs show " + runId + "`");
    assertThat(CliRun.of("runs", "show", runId, "--project", project.toString()).out())
        .contains("dead letters (" + dead + ")")
        .contains("retry them with: ebb retry " + runId);

    sqlite(appDb, "DROP TABLE account_health");
    CliRun retry = CliRun.of("retry", runId, "--project", project.toString());

    assertThat(retry.exitCode()).as(retry.toString()).isZero();
    assertThat(retry.out())
        .contains("churn_risk_to_app_db: " + dead + " open dead letters marked retried")
        .contains(dead + " dead letters delivered and resolved");
    JsonNode latest = new ObjectMapper().readTree(CliRun.of("runs", "--project", project.toString(), "--format", "json").out())
        .get("runs").get(0);
    assertThat(latest.get("trigger").asText()).isEqualTo("retry");
    assertThat(latest.get("counts").get("sent").asLong()).isEqualTo(dead);
    assertThat(CliRun.of("runs", "show", runId, "--project", project.toString()).out()).doesNotContain("retry them with");
  }

  @Test
  void catalogPullRoundTripsThroughValidate() throws Exception {
    CliRun pull = CliRun.of("catalog", "pull", "--project", project.toString());
    assertThat(pull.exitCode()).as(pull.toString()).isZero();
    assertThat(pull.out()).contains("  raw.accounts (").contains("wrote catalog.yml: 5 tables from target dev (duckdb)");
    assertThat(SeededProjects.read(project.resolve("catalog.yml"))).contains("pulled_from:").contains("target: dev");

    Files.delete(project.resolve("sources.yml"));
    CliRun validate = CliRun.of("validate", "--project", project.toString());
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    assertThat(validate.out()).contains("0 errors");
  }

  private static void sqlite(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
