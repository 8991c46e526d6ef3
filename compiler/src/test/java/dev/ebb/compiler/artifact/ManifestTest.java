package dev.ebb.compiler.artifact;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.ManifestReader;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.testing.GoldenFile;
import static dev.ebb.compiler.testing.TestingDefinitions.at;
import static dev.ebb.compiler.testing.TestingDefinitions.column;
import static dev.ebb.compiler.testing.TestingDefinitions.destination;
import static dev.ebb.compiler.testing.TestingDefinitions.model;
import static dev.ebb.compiler.testing.TestingDefinitions.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.ColumnTest;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Match;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.project.git.GitInfo;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.ColumnRef;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00.123Z"), ZoneOffset.UTC);
  private static final GitInfo GIT = new GitInfo(true, "0123456789abcdef0123456789abcdef01234567", "main", true);

  @TempDir Path dir;

  @Test
  void writesAndReadsBackTheSameManifest() throws IOException {
    Manifest manifest = build(project(false));
    Path file = dir.resolve("target/manifest.json");

    ManifestWriter.write(manifest, file);

    assertThat(ManifestReader.read(file)).isEqualTo(manifest);
    assertThat(Files.readString(file)).contains("\"schema_version\" : \"ebb/manifest/v1\"");
    GoldenFile.assertMatches("manifest/manifest.json", Files.readString(file));
  }

  @Test
  void outputDoesNotDependOnTheOrderDefinitionsWereLoadedIn() throws IOException {
    assertThat(ManifestWriter.toJson(build(project(true)))).isEqualTo(ManifestWriter.toJson(build(project(false))));
  }

  @Test
  void secretsStayAsWritten() throws IOException {
    String json = ManifestWriter.toJson(build(project(false)));

    assertThat(json).contains("\"access_token\" : \"{{env.PATH}}\"");
    assertThat(json).doesNotContain(System.getenv("PATH"));
  }

  @Test
  void lineageFollowsThreeModelsToTheSourceColumns() {
    Manifest manifest = build(project(false));

    List<Manifest.FieldLineage> fields = manifest.lineageOf("top_to_hubspot");
    assertThat(fields).extracting(Manifest.FieldLineage::field).containsExactly("email", "label", "stage");
    Manifest.FieldLineage label = fields.get(1);
    assertThat(label.kind()).isEqualTo("template");
    assertThat(label.reads()).extracting(Manifest.ColumnLineage::column).containsExactly("email", "ltv");
    assertThat(label.reads().get(1).directOrigins())
        .containsExactly(new Manifest.ColumnOrigin("model", "customer_value", "ltv"));
    assertThat(label.reads().get(1).sourceOrigins())
        .containsExactly(new Manifest.ColumnOrigin("source", "analytics.orders", "amount"));
    assertThat(fields.get(2).reads()).isEmpty();
    assertThat(manifest.model("top_customers").orElseThrow().dependsOn().models()).containsExactly("customer_value");
  }

  @Test
  void theDagRunsFromSourcesToDestinations() {
    Manifest.Dag dag = build(project(false)).dag();

    assertThat(dag.edges())
        .contains(
            new Manifest.DagEdge("source:analytics.orders", "model:order_totals"),
            new Manifest.DagEdge("model:order_totals", "model:customer_value"),
            new Manifest.DagEdge("model:customer_value", "model:top_customers"),
            new Manifest.DagEdge("model:top_customers", "sync:top_to_hubspot"),
            new Manifest.DagEdge("sync:top_to_hubspot", "destination:hubspot_prod"));
    assertThat(dag.nodes()).extracting(Manifest.DagNode::id).isSorted();
  }

  @Test
  void aProjectOutsideGitSaysSo() throws IOException {
    Project project = project(false);
    Manifest manifest =
        new ManifestBuilder(project, analysis(), GitInfo.NOT_IN_GIT, DefinitionChecksums.of(project),
            (m, d) -> null, "0.1.0", CLOCK).build();

    assertThat(manifest.git()).isEqualTo(new Manifest.GitState(false, null, null, null));
    assertThat(ManifestWriter.toJson(manifest)).contains("\"in_git\" : false");
  }

  @Test
  void refusesAnotherSchemaVersion() {
    assertThatThrownBy(() -> ManifestReader.fromJson("{\"schema_version\": \"ebb/manifest/v9\"}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ebb/manifest/v9");
    assertThatThrownBy(() -> ManifestReader.fromJson("{not json"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a valid manifest");
  }

  private static Manifest build(Project project) {
    return new ManifestBuilder(
            project,
            analysis(),
            GIT,
            DefinitionChecksums.of(project),
            (model, dialect) -> "-- " + dialect.name() + "\nSELECT * FROM " + model,
            "0.1.0",
            CLOCK)
        .mappingFingerprints(Map.of("top_to_hubspot", "f1"))
        .build();
  }

  /** orders -> order_totals -> customer_value -> top_customers -> top_to_hubspot. */
  private static SqlAnalysis analysis() {
    ColumnRef amount = ColumnRef.source("analytics.orders", "amount");
    ColumnRef email = ColumnRef.source("analytics.customers", "email");
    return new SqlAnalysis(
        Map.of(
            "order_totals",
            new AnalyzedModel("order_totals", "SELECT customer_id, SUM(amount) AS total FROM analytics.orders GROUP BY 1",
                List.of(
                    new OutputColumn("customer_id", "BIGINT", false,
                        List.of(ColumnRef.source("analytics.orders", "customer_id")),
                        List.of(ColumnRef.source("analytics.orders", "customer_id"))),
                    new OutputColumn("total", "DECIMAL(19, 2)", true, List.of(amount), List.of(amount))),
                Set.of(), Set.of("analytics.orders")),
            "customer_value",
            new AnalyzedModel("customer_value", "SELECT ...",
                List.of(
                    new OutputColumn("email", "VARCHAR", true, List.of(email), List.of(email)),
                    new OutputColumn("ltv", "DECIMAL(19, 2)", true,
                        List.of(ColumnRef.model("order_totals", "total")), List.of(amount))),
                Set.of("order_totals"), Set.of("analytics.customers")),
            "top_customers",
            new AnalyzedModel("top_customers", "SELECT email, ltv FROM customer_value WHERE ltv >= 100",
                List.of(
                    new OutputColumn("email", "VARCHAR", true,
                        List.of(ColumnRef.model("customer_value", "email")), List.of(email)),
                    new OutputColumn("ltv", "DECIMAL(19, 2)", true,
                        List.of(ColumnRef.model("customer_value", "ltv")), List.of(amount))),
                Set.of("customer_value"), Set.of())),
        List.of("order_totals", "customer_value", "top_customers"));
  }

  private static Project project(boolean shuffled) {
    ColumnProperties emailColumn =
        new ColumnProperties("email", "Where we write", List.of(
            new ColumnTest(ColumnTest.Kind.NOT_NULL, List.of(), at("models/top.yml", 8)),
            new ColumnTest(ColumnTest.Kind.ACCEPTED_VALUES, List.of("a", "b"), at("models/top.yml", 9))),
            at("models/top.yml", 7));
    Sync sync =
        new Sync("top_to_hubspot", "top_customers", "hubspot_prod", "contacts", WriteMode.MIRROR,
            new Match("email", "email"),
            List.of(
                new FieldMapping("email", new FieldSource.Column("email")),
                new FieldMapping("label", new FieldSource.Template("{{email}} ({{ltv}})", List.of("email", "ltv"))),
                new FieldMapping("stage", new FieldSource.Constant("customer"))),
            new Schedule.Cron("*/15 * * * *"), 0.1, 0.5, List.of("hourly"), "Top customers to HubSpot",
            at("syncs/top.yml", 1));
    Sync after =
        new Sync("audit", "order_totals", "hubspot_prod", "notes", WriteMode.INSERT, null,
            List.of(new FieldMapping("total", new FieldSource.Column("total"))),
            new Schedule.After("top_to_hubspot"), null, null, List.of(), null, at("syncs/audit.yml", 1));
    List<Sync> syncs = new ArrayList<>(List.of(sync, after));
    List<dev.ebb.compiler.model.Model> models = new ArrayList<>(List.of(
        model("order_totals", "SELECT customer_id, SUM(amount) AS total FROM analytics.orders GROUP BY 1\n"),
        model("customer_value", "SELECT ...\n"),
        model("top_customers", "SELECT email, ltv FROM customer_value WHERE ltv >= {{vars.min_ltv}}\n",
            properties("top_customers", List.of("hourly"), emailColumn, column("ltv", "Lifetime value")))));
    List<SourceTable> tables = new ArrayList<>(List.of(
        new SourceTable("analytics", "orders", null, List.of(
            new SourceColumn("customer_id", "BIGINT", null, at("sources.yml", 5)),
            new SourceColumn("amount", "DECIMAL(19, 2)", "Order amount", at("sources.yml", 6))), at("sources.yml", 3)),
        new SourceTable("analytics", "customers", null, List.of(
            new SourceColumn("email", "VARCHAR", null, at("sources.yml", 9))), at("sources.yml", 8))));
    if (shuffled) {
      Collections.reverse(syncs);
      Collections.reverse(models);
      Collections.reverse(tables);
    }
    return new Project(
        new ProjectConfig("acme", "acme", "ebb_state", Map.of("min_ltv", 100, "region", "eu"), at("ebb_project.yml", 1)),
        new Catalog(tables),
        models,
        List.of(destination("hubspot_prod", Map.of("access_token", "{{env.PATH}}", "base_url", "https://api.hubapi.com"))),
        syncs,
        List.of(),
        Map.of());
  }
}
