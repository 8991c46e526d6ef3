package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.ColumnTest;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.RecordLogConfig;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private Project load(Map<String, String> files) {
    return new ProjectLoader().load(new DirectoryProjectSource(ProjectFiles.write(dir, files)), diagnostics);
  }

  private static final Map<String, String> PROJECT =
      Map.of(
          "ebb_project.yml", "name: acme\nprofile: acme\nvars:\n  min_ltv: 100\n",
          "sources.yml",
          "sources:\n  - schema: analytics\n    tables:\n      - name: customers\n        columns:\n"
              + "          - {name: id, type: BIGINT}\n          - {name: email, type: VARCHAR}\n",
          "catalog.yml",
          "pulled_from: {target: dev, at: '2026-01-01T00:00:00Z'}\nsources:\n  - schema: analytics\n    tables:\n"
              + "      - name: customers\n        columns:\n          - {name: id, type: INTEGER}\n"
              + "      - name: orders\n        columns:\n          - {name: id, type: BIGINT}\n",
          "models/marts/customers.sql", "SELECT id, email FROM analytics.customers\n",
          "models/properties.yml",
          "models:\n  - name: customers\n    primary_key: [id, email]\n    tags: [hourly]\n    columns:\n"
              + "      - name: email\n        tests: [not_null, unique, {accepted_values: {values: [a, 1]}}]\n",
          "destinations/crm.yml",
          "destination: crm\ntype: crm\nconfig:\n  access_token: \"{{env.TOKEN}}\"\n  retries: 3\nlimits:\n  batch_size: 50\n",
          "syncs/to_crm.yml",
          "sync: to_crm\nmodel: customers\ndestination: crm\nobject: contacts\nmode: mirror\n"
              + "match: {column: email, field: email}\nmapping:\n  email: email\n  name: \"{{#email}}{{email}}{{/email}} {{id}}\"\n"
              + "  kind: {const: 7}\nschedule: {after: other}\ndelete_safety: 0.1\ntags: hourly\n",
          "seeds/plans.csv", "id,name\n1,pro\n",
          "target/ignored.yml", "not: [valid\n",
          ".hidden/models/x.sql", "nonsense");

  @Test
  void loadsEveryKindOfFile() {
    Project project = load(PROJECT);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(project.config().name()).isEqualTo("acme");
    assertThat(project.config().snapshotSchema()).isEqualTo("ebb_state");
    assertThat(project.config().vars()).containsEntry("min_ltv", 100L);
    assertThat(project.config().recordLog()).as("the default retention").isEqualTo(new RecordLogConfig(30, 10));
    assertThat(project.catalog().tables())
        .extracting(SourceTable::qualifiedName)
        .containsExactly("analytics.customers", "analytics.orders");
    assertThat(project.catalog().tables().get(0).columns()).as("sources.yml wins").hasSize(2);
    Model model = project.model("customers").orElseThrow();
    assertThat(model.file()).isEqualTo("models/marts/customers.sql");
    assertThat(model.properties().primaryKey()).containsExactly("id", "email");
    assertThat(model.properties().columns().get(0).tests())
        .extracting(ColumnTest::kind)
        .containsExactly(ColumnTest.Kind.NOT_NULL, ColumnTest.Kind.UNIQUE, ColumnTest.Kind.ACCEPTED_VALUES);
    assertThat(model.properties().columns().get(0).tests().get(2).values()).containsExactly("a", "1");
    assertThat(project.seeds()).singleElement().satisfies(seed -> assertThat(seed.name()).isEqualTo("plans"));
    assertThat(project.files()).containsKeys("ebb_project.yml", "seeds/plans.csv").doesNotContainKey("target/ignored.yml");
  }

  @Test
  void readsDestinations() {
    Destination destination = load(PROJECT).destination("crm").orElseThrow();

    assertThat(destination.config()).containsEntry("access_token", "{{env.TOKEN}}").containsEntry("retries", 3L);
    assertThat(destination.limits().batchSize()).isEqualTo(50);
    assertThat(destination.locations().of("config.retries")).isEqualTo(new SourceLocation("destinations/crm.yml", 5, 12));
    assertThat(destination.locations().of("limits.batch_size").line()).isEqualTo(7);
  }

  @Test
  void readsSyncs() {
    Sync sync = load(PROJECT).sync("to_crm").orElseThrow();

    assertThat(sync.mode()).isEqualTo(WriteMode.MIRROR);
    assertThat(sync.match().column()).isEqualTo("email");
    assertThat(sync.mapping())
        .extracting(FieldMapping::field, FieldMapping::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("email", new FieldSource.Column("email")),
            org.assertj.core.groups.Tuple.tuple(
                "name", new FieldSource.Template("{{#email}}{{email}}{{/email}} {{id}}", List.of("email", "id"))),
            org.assertj.core.groups.Tuple.tuple("kind", new FieldSource.Constant(7L)));
    assertThat(sync.schedule()).isEqualTo(new Schedule.After("other"));
    assertThat(sync.deleteSafety()).isEqualTo(0.1);
    assertThat(sync.tags()).containsExactly("hourly");
    assertThat(sync.locations().of("mapping.name")).isEqualTo(new SourceLocation("syncs/to_crm.yml", 9, 9));
    assertThat(sync.locations().of("match.column").line()).isEqualTo(6);
    assertThat(sync.locations().of("schedule.after").line()).isEqualTo(11);
  }

  @Test
  void scheduleDefaultsToManualAndAcceptsCron() {
    Project project =
        load(
            Map.of(
                "ebb_project.yml", "name: a\nprofile: a\n",
                "syncs/a.yml", "sync: a\nmodel: m\ndestination: d\nmode: insert\nmapping: {x: y}\n",
                "syncs/b.yml", "sync: b\nmodel: m\ndestination: d\nmode: insert\nmapping: {x: y}\nschedule: '0 6 * * 1-5'\n"));

    assertThat(project.sync("a").orElseThrow().schedule()).isEqualTo(new Schedule.Manual());
    assertThat(project.sync("b").orElseThrow().schedule()).isEqualTo(new Schedule.Cron("0 6 * * 1-5"));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void duplicateModelsAcrossFoldersNameTheFirstDefinition() {
    load(
        Map.of(
            "ebb_project.yml", "name: a\nprofile: a\n",
            "models/a/customers.sql", "SELECT 1 AS x",
            "models/b/customers.sql", "SELECT 2 AS x"));

    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.EBB106);
          assertThat(d.location().file()).isEqualTo("models/b/customers.sql");
          assertThat(d.message()).contains("models/a/customers.sql:1");
        });
  }

  @Test
  void invalidCronCarriesTheLibrarysReason() {
    load(
        Map.of(
            "ebb_project.yml", "name: a\nprofile: a\n",
            "syncs/a.yml", "sync: a\nmodel: m\ndestination: d\nmode: insert\nmapping: {x: y}\nschedule: '0 25 * * *'\n"));

    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB163);
    assertThat(error.location()).isEqualTo(new SourceLocation("syncs/a.yml", 6, 11));
    assertThat(error.message()).contains("25");
  }

  @Test
  void readsTheRecordLogRetentionAndKeepsTheDefaultOfWhatIsLeftOut() {
    Map<String, String> files = new java.util.HashMap<>(PROJECT);
    files.put("ebb_project.yml", "name: acme\nprofile: acme\nrecord_log:\n  keep_days: 7\n");
    assertThat(load(files).config().recordLog()).isEqualTo(new RecordLogConfig(7, 10));

    files.put("ebb_project.yml", "name: acme\nprofile: acme\nrecord_log: {keep_days: 0, keep_runs: 3}\n");
    assertThat(load(files).config().recordLog()).isEqualTo(new RecordLogConfig(0, 3));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void invalidRecordLogRetentionIsLocatedAndKeepsTheDefault() {
    Map<String, String> files = new java.util.HashMap<>(PROJECT);
    files.put("ebb_project.yml", "name: acme\nprofile: acme\nrecord_log:\n  keep_days: -2\n  keep_runs: 5\n");

    Project project = load(files);

    assertThat(project.config().recordLog()).isEqualTo(new RecordLogConfig(30, 5));
    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(diagnostics.sorted()).hasSize(1);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB103);
    assertThat(error.location()).isEqualTo(new SourceLocation("ebb_project.yml", 4, 14));
    assertThat(error.message()).isEqualTo("record_log.keep_days must be a whole number from 0 to 2147483647, not -2");
    assertThat(error.hint()).isEqualTo("leave it out to keep the default, keep_days: 30");
  }

  @Test
  void missingProjectFileIsReportedAndLoadingGoesOn() {
    Project project = load(Map.of("models/a.sql", "SELECT 1 AS x"));

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB110);
    assertThat(project.models()).hasSize(1);
    assertThat(project.config().snapshotSchema()).isEqualTo("ebb_state");
  }
}
