package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndCompileCommandTest {

  private static final Path SAMPLE = Path.of("../sample-project");

  @TempDir Path dir;

  @Test
  void sampleProjectValidatesClean() {
    CliRun run = CliRun.of("validate", "--project", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("0 errors, 0 warnings").contains("ok: 7 models, 6 syncs, 3 destinations");
  }

  @Test
  void reportsEveryProblemWithItsLocationAndExitsOne() throws IOException {
    Path project = copySample();
    Files.writeString(
        project.resolve("models/churn_risk.sql"),
        Files.readString(project.resolve("models/churn_risk.sql")).replace("r.plan,", "r.plann,"));
    Files.writeString(
        project.resolve("syncs/trial_nudges.yml"),
        Files.readString(project.resolve("syncs/trial_nudges.yml")).replace("mode: insert", "mode: insrt"));

    CliRun run = CliRun.of("validate", "--project", project.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("models/churn_risk.sql:5:5: error[EBB104]: column 'plann' not found in account_revenue")
        .contains("syncs/trial_nudges.yml:6:7: error[EBB164]")
        .contains("hint: did you mean 'insert'?")
        .doesNotContain("Exception");
  }

  @Test
  void githubAndJsonFormatsForCi() throws IOException {
    Path project = copySample();
    Files.writeString(project.resolve("models/churn_risk.sql"), "SELECT nope FROM raw.accounts");

    CliRun github = CliRun.of("validate", "--project", project.toString(), "--format", "github");
    assertThat(github.exitCode()).isEqualTo(1);
    assertThat(github.out()).contains("::error file=models/churn_risk.sql,line=1,col=8");

    CliRun json = CliRun.of("validate", "--project", project.toString(), "--format", "json");
    JsonNode parsed = new ObjectMapper().readTree(json.out());
    assertThat(parsed.toString()).contains("\"code\":\"EBB104\"").contains("\"line\":1");

    CliRun junit = CliRun.of("validate", "--project", project.toString(), "--format", "junit");
    assertThat(junit.out()).startsWith("<?xml").contains("<failure");
  }

  @Test
  void usageMistakesExitTwo() {
    CliRun run = CliRun.of("validate", "--project", SAMPLE.toString(), "--format", "yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected one of text, json, github, junit");
    assertThat(CliRun.of("valdate").exitCode()).isEqualTo(2);
  }

  @Test
  void missingProjectFolderIsAUserError() {
    CliRun run = CliRun.of("validate", "--project", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("does not exist");
  }

  @Test
  void initScaffoldsAProjectThatValidatesAndCompiles() {
    Path project = dir.resolve("my_project");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    CliRun validate = CliRun.of("validate", "--project", project.toString());
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    CliRun compile = CliRun.of("compile", "--project", project.toString());
    assertThat(compile.exitCode()).as(compile.toString()).isZero();
    assertThat(project.resolve("target/compiled/active_customers_to_file/duckdb/model.sql")).exists();
  }

  @Test
  void sqlTheProjectsWarehouseCannotWriteIsALocatedErrorOfValidate() throws IOException {
    Path project = copySample();
    Files.writeString(
        project.resolve("models/account_pairs.sql"),
        "SELECT a.id, b.name\nFROM raw.accounts a\nNATURAL JOIN raw.accounts b\n");
    Files.writeString(
        project.resolve("ebb_project.yml"), Files.readString(project.resolve("ebb_project.yml")) + "dialect: bigquery\n");

    CliRun onBigQuery = CliRun.of("validate", "--project", project.toString());

    assertThat(onBigQuery.exitCode()).as(onBigQuery.toString()).isEqualTo(1);
    assertThat(onBigQuery.out()).contains("models/account_pairs.sql:").contains("error[EBB150]").doesNotContain("Exception");

    Files.writeString(
        project.resolve("ebb_project.yml"),
        Files.readString(project.resolve("ebb_project.yml")).replace("dialect: bigquery", "dialect: duckdb"));
    CliRun onDuckDb = CliRun.of("validate", "--project", project.toString());
    assertThat(onDuckDb.out()).as(onDuckDb.toString()).doesNotContain("EBB150");
  }

  @Test
  void varsFromTheCommandLineOverrideTheProjectsAndBadOnesAreLocated() throws IOException {
    Path project = copySample();
    CliRun run = CliRun.of("compile", "--project", project.toString(), "--vars", "{as_of: '2026-12-24'}");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(project.resolve("target/compiled/user_activity_to_app_db/duckdb/model.sql")))
        .contains("2026-12-24")
        .doesNotContain("2026-11-01");

    CliRun bad = CliRun.of("validate", "--project", project.toString(), "--vars", "{as_of: [1]}");
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
    assertThat(bad.out()).contains("<--vars>:1:9: error[EBB103]: var 'as_of' must be a string, number or boolean");
  }

  @Test
  void compileWritesManifestAndSqlForSixWarehouses() throws IOException {
    Path project = copySample();
    CliRun run = CliRun.of("compile", "--project", project.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();

    JsonNode manifest = new ObjectMapper().readTree(project.resolve("target/manifest.json").toFile());
    assertThat(manifest.get("schema_version").asText()).isEqualTo("ebb/manifest/v1");
    assertThat(manifest.get("git").get("in_git").asBoolean()).isFalse();
    for (String dialect : List.of("duckdb", "postgres", "snowflake", "bigquery", "redshift", "databricks")) {
      assertThat(project.resolve("target/compiled/ltv_to_crm/" + dialect + "/model.sql")).exists();
      assertThat(project.resolve("target/compiled/ltv_to_crm/" + dialect + "/tests.sql")).exists();
    }
    assertThat(Files.readString(project.resolve("target/compiled/ltv_to_crm/duckdb/model.sql")))
        .contains("\"account_revenue\" AS (");
  }

  @Test
  void selectsModifiedSyncsAgainstAGitRef() throws Exception {
    Path project = copySample();
    try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("initial").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
    }
    Files.writeString(
        project.resolve("syncs/pqls_to_crm.yml"),
        Files.readString(project.resolve("syncs/pqls_to_crm.yml")).replace("score: events_30d", "score: features_used_30d"));

    CliRun run =
        CliRun.of("compile", "--project", project.toString(), "--select", "state:modified", "--state", "main");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("compiled 7 models and 1 syncs");
    try (Stream<Path> compiled = Files.list(project.resolve("target/compiled"))) {
      assertThat(compiled.map(p -> p.getFileName().toString())).containsExactly("pqls_to_crm");
    }

    CliRun badRef = CliRun.of("compile", "--project", project.toString(), "--select", "state:modified", "--state", "nope");
    assertThat(badRef.exitCode()).isEqualTo(1);
    assertThat(badRef.out()).contains("error[EBB191]");
  }

  private Path copySample() throws IOException {
    Path target = dir.resolve("sample");
    try (Stream<Path> paths = Files.walk(SAMPLE)) {
      for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path relative = SAMPLE.relativize(source);
        if (relative.startsWith("target") || relative.startsWith(".ebb")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
    return target;
  }

}
