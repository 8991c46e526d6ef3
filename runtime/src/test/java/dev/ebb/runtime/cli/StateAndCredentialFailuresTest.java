package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state store that cannot be written, a database that refuses the password, a seed that cannot
 * be read: each is one clear error, quickly, with exit code 1, and nothing is written.
 */
class StateAndCredentialFailuresTest {

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
  void aWrongStateStorePasswordIsReportedAtOnceWithTheServersAnswer() throws IOException {
    try (TestingRefusingPostgres postgres = new TestingRefusingPostgres()) {
      stateBlock("url: " + postgres.url() + "\n        user: ebb\n        password: wrong-password");

      long started = System.nanoTime();
      CliRun run = CliRun.of("run", "--project", project.toString(), "--select", CHURN);
      assertThat(project.resolve("app.db")).as("nothing delivered").doesNotExist();
      CliRun check = CliRun.of("check", "--project", project.toString(), "--select", CHURN);
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;

      assertThat(seconds).as("no pool timeout").isLessThan(10);
      assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
      assertThat(check.out()).contains("FAILED  cannot open the state store at " + postgres.url()
          + ": FATAL: password authentication failed for user \"ebb\"");
      assertThat(check.out()).doesNotContain("wrong-password");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains("error: cannot open the state store at " + postgres.url()
          + ": FATAL: password authentication failed for user \"ebb\"").doesNotContain("internal error");
      assertThat(project.resolve(".ebb")).doesNotExist();
    }
  }

  @Test
  void aStateStoreThatCannotBeCreatedIsAClearError() throws IOException {
    Files.writeString(project.resolve(".ebb"), "not a folder");

    CliRun run = CliRun.of("run", "--project", project.toString(), "--select", CHURN);
    assertThat(project.resolve("app.db")).as("nothing delivered").doesNotExist();
    CliRun check = CliRun.of("check", "--project", project.toString(), "--select", CHURN);

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("FAILED  cannot create the state store folder " + project.resolve(".ebb")
        + ": a file of that name is in the way");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("error: cannot create the state store folder " + project.resolve(".ebb")
            + ": a file of that name is in the way")
        .doesNotContain("internal error");
  }

  @Test
  void aMalformedSeedFailsWithItsFileAndLineAndExitOneLoadingNothing() throws Exception {
    Files.writeString(project.resolve("seeds/bad_plans.csv"), "id,name\n1,pro\n2,x,extra\n");

    CliRun seed = CliRun.of("seed", "--project", project.toString());

    assertThat(seed.exitCode()).as(seed.toString()).isEqualTo(1);
    assertThat(seed.err()).isEqualTo("error: seeds/bad_plans.csv:3:1: seed 'bad_plans': a row of 3 fields, the header has 2\n");
    assertThat(seed.out()).isEmpty();
    assertThat(SeededProjects.duckdbTables(project, "raw")).doesNotContain("bad_plans");

    Files.writeString(project.resolve("seeds/bad_plans.csv"), "id,name\n1,pro\n2,\"unterminated\n3,x\n");
    CliRun unterminated = CliRun.of("seed", "--project", project.toString());
    assertThat(unterminated.exitCode()).as(unterminated.toString()).isEqualTo(1);
    assertThat(unterminated.err())
        .isEqualTo("error: seeds/bad_plans.csv:5:1: seed 'bad_plans': not a valid CSV file: Missing closing quote for value\n");
    assertThat(SeededProjects.duckdbTables(project, "raw")).doesNotContain("bad_plans");
  }

  private void stateBlock(String settings) throws IOException {
    Path profiles = project.resolve("profiles.yml");
    Files.writeString(profiles, Files.readString(profiles).replace(
        "      path: warehouse.duckdb\n", "      path: warehouse.duckdb\n      state:\n        " + settings + "\n"));
  }
}
