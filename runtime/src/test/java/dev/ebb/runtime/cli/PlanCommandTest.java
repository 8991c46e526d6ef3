package dev.ebb.runtime.cli;

import static dev.ebb.runtime.cli.SeededProjects.duckdb;
import static dev.ebb.runtime.cli.SeededProjects.duckdbTables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

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
  void plansEverySyncSendsNothingAndLeavesNoTrace() throws Exception {
    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--samples", "2");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .contains("ok    churn_risk_to_app_db -> app_db.account_health (mirror)")
        .contains("diff:       121 added, 0 changed, 0 removed, 0 unchanged")
        .contains("sends:      121 upserts")
        .contains("api calls:  1 request to app_db (121 records, batches of 200), not rate limited")
        .contains("sends:      16 inserts")
        .contains("1 request to lifecycle_webhook (16 records, batches of 50), at least 1s at 5 requests/s")
        .contains("6 requests to app_db (1079 records, batches of 200)")
        // Mapped as the destination receives them: templates rendered, dotted fields nested.
        .contains("\"summary\":\"Globex Labs: medium risk, 4 of 5 users active\"")
        .contains("\"contact\":{\"first_name\":")
        .contains("\"lead_source\":\"product_qualified\"")
        .contains("6 syncs planned, 1455 records to send, 0 would stop");
    // Nothing sent, no run recorded, no table left behind (not even the snapshots a first plan set up).
    assertThat(project.resolve("app.db")).doesNotExist();
    assertThat(project.resolve("output")).doesNotExist();
    assertThat(project.resolve(".ebb")).doesNotExist();
    assertThat(duckdbTables(project, "ebb_state")).isEmpty();
  }

  @Test
  void afterARunPlansOnlyTheChangesAndStopsAtTheDeleteGuard() throws Exception {
    CliRun run = CliRun.of("run", "--project", project.toString(), "--select", CHURN);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    duckdb(project, "DELETE FROM raw.accounts WHERE id % 2 = 0");
    var tablesBefore = duckdbTables(project, "ebb_state");

    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--select", CHURN);

    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
    assertThat(plan.out())
        .contains("STOP  churn_risk_to_app_db -> app_db.account_health (mirror): a run would stop")
        .containsPattern("diff:       0 added, \\d+ changed, \\d+ removed, \\d+ unchanged")
        .containsPattern("STOP sync churn_risk_to_app_db: the run would delete \\d+ of 121 delivered rows \\(\\d+\\.\\d%\\), above delete_safety 25\\.0%")
        .containsPattern("removed \\(first 5 of \\d+\\):\n    \\{\"op\":\"delete\",\"key\":\"\\d+\",\"match\":\\d+\\}");
    assertThat(duckdbTables(project, "ebb_state")).containsExactlyInAnyOrderElementsOf(tablesBefore);

    // Planning again gives the same answer: nothing was committed, and still only the one run.
    CliRun json = CliRun.of("plan", "--project", project.toString(), "--select", CHURN, "--format", "json");
    JsonNode sync = new ObjectMapper().readTree(json.out()).get("syncs").get(0);
    assertThat(sync.get("blocked").asBoolean()).isTrue();
    assertThat(sync.get("guards").get("violations").get(0).get("kind").asText()).isEqualTo("delete_safety");
    assertThat(sync.get("sends").get("delete").asLong()).isEqualTo(sync.get("diff").get("removed").asLong()).isPositive();
    assertThat(sync.get("snapshot_rows").asLong()).isEqualTo(121);
    CliRun runs = CliRun.of("runs", "--project", project.toString(), "--format", "json");
    assertThat(new ObjectMapper().readTree(runs.out()).get("runs")).hasSize(1);
  }

  @Test
  void aDuplicatedDeliveredKeyStopsThePlanWithTheKeyAndNoCounts() throws Exception {
    assertThat(CliRun.of("run", "--project", project.toString(), "--select", CHURN).exitCode()).isZero();
    Path model = project.resolve("models/churn_risk.sql");
    String body = SeededProjects.read(model).replaceAll("(?m)^--.*\n", "").strip();
    // One delivered row twice, identical: the diff filters it out as unchanged, its counts do not.
    SeededProjects.write(model, "SELECT * FROM (" + body + ") AS all_rows\nUNION ALL\n"
        + "SELECT * FROM (" + body + ") AS one_row WHERE account_id = (SELECT MIN(account_id) FROM (" + body + ") AS k)\n");

    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--select", CHURN, "--format", "json");

    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
    JsonNode sync = new ObjectMapper().readTree(plan.out()).get("syncs").get(0);
    assertThat(sync.get("blocked").asBoolean()).isTrue();
    JsonNode violation = sync.get("guards").get("violations").get(0);
    assertThat(violation.get("kind").asText()).isEqualTo("duplicate_keys");
    assertThat(violation.get("message").asText()).contains("1 primary keys occur more than once").contains(" (2 rows)");
    assertThat(sync.path("diff").isMissingNode() || sync.path("diff").isNull()).as(sync.toString()).isTrue();
  }

  @Test
  void aChangedMappingIsExplainedAndResendsEveryRow() throws Exception {
    assertThat(CliRun.of("run", "--project", project.toString(), "--select", CHURN).exitCode()).isZero();
    Path sync = project.resolve("syncs/churn_risk_to_app_db.yml");
    SeededProjects.write(sync, SeededProjects.read(sync).replace("  plan: plan\n", "  plan: plan\n  source: {const: ebb}\n"));

    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--select", CHURN, "--samples", "1");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .contains("mapping:    the mapping changed since the last delivery: every row is re-sent")
        .contains("diff:       0 added, 121 changed, 0 removed, 0 unchanged")
        .contains("\"source\":\"ebb\"");
  }

  @Test
  void markdownIsAPullRequestComment() {
    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--select", CHURN, "ltv_to_crm", "--format", "markdown",
        "--samples", "1");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .startsWith("### ebb plan: `dev` (duckdb)\n\nNo sync would stop. Nothing was sent.\n\n")
        .contains("| | sync | destination | mode | added | changed | removed | unchanged | sends | API calls |\n"
            + "|---|---|---|---|--:|--:|--:|--:|---|--:|\n"
            + "| ✅ | `churn_risk_to_app_db` | `app_db.account_health` | mirror | 121 | 0 | 0 | 0 | 121 upserts | 1 |\n"
            + "| ✅ | `ltv_to_crm` | `crm_export.companies` | upsert | 107 | 0 | 0 | 0 | 107 upserts | 1 |\n")
        .contains("<details><summary><code>ltv_to_crm</code>: 107 records to send</summary>\n\n")
        .contains("- Data test `")
        .contains("Sample added records (1 of 107):\n\n```json\n{\"op\":\"upsert\",\"key\":\"3\",\"match\":\"globexlabs3.example\"")
        .contains("```\n\n</details>\n");
  }

  @Test
  void withStateListsWhatChangedInTheDefinitions() throws Exception {
    try (Git git = Git.init().setDirectory(project.toFile()).call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
    }
    Files.delete(project.resolve("syncs/pqls_to_crm.yml"));
    Path sync = project.resolve("syncs/churn_risk_to_app_db.yml");
    SeededProjects.write(sync, SeededProjects.read(sync).replace("delete_safety: 0.25", "delete_safety: 0.5"));

    CliRun plan = CliRun.of("plan", "--project", project.toString(), "--state", "HEAD", "--select", "state:modified",
        "--format", "markdown");

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .contains("**Definitions changed since `HEAD`**\n\n"
            + "- `churn_risk_to_app_db`: sync definition changed\n"
            + "- `pqls_to_crm`: removed (no longer synced)\n")
        .contains("`churn_risk_to_app_db`")
        .doesNotContain("`ltv_to_crm`");
  }

  @Test
  void anInvalidProjectIsReportedNotPlanned() {
    Path model = project.resolve("models/churn_risk.sql");
    SeededProjects.write(model, SeededProjects.read(model).replace("r.plan,", "r.plann,"));

    CliRun plan = CliRun.of("plan", "--project", project.toString());

    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.out()).contains("models/churn_risk.sql:5:5: error[EBB104]");
  }
}
