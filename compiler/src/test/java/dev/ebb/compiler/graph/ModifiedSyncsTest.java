package dev.ebb.compiler.graph;

import static dev.ebb.compiler.testing.TestingDefinitions.destination;
import static dev.ebb.compiler.testing.TestingDefinitions.model;
import static dev.ebb.compiler.testing.TestingDefinitions.project;
import static dev.ebb.compiler.testing.TestingDefinitions.properties;
import static dev.ebb.compiler.testing.TestingDefinitions.column;
import static dev.ebb.compiler.testing.TestingDefinitions.sync;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModifiedSyncsTest {

  private static final Model ORDERS = model("orders", "SELECT id FROM analytics.orders");
  private static final Model CUSTOMERS = model("customers", "SELECT id FROM analytics.customers");
  private static final Model VALUE = model("value", "SELECT c.id FROM customers c JOIN orders o ON o.id = c.id");
  private static final Model TOP = model("top", "SELECT id AS customer_id FROM value");
  private static final Model OTHER = model("other", "SELECT 1 AS customer_id");

  // top reads value, which reads customers and orders.
  private static final SqlAnalysis ANALYSIS =
      new SqlAnalysis(
          Map.of(
              "orders", analyzed("orders", Set.of()),
              "customers", analyzed("customers", Set.of()),
              "value", analyzed("value", Set.of("customers", "orders")),
              "top", analyzed("top", Set.of("value")),
              "other", analyzed("other", Set.of())),
          List.of("customers", "orders", "value", "top", "other"));

  private static final Destination HUBSPOT = destination("hubspot", Map.of("access_token", "{{env.T}}"));
  private static final Destination APP = destination("app", Map.of("url", "jdbc:sqlite:app.db"));

  @Test
  void anUnchangedProjectHasNothingModified() {
    assertThat(compare(baseline(), baseline()).modified()).isEmpty();
  }

  @Test
  void aChangeInAnUpstreamModelModifiesTheSyncsDownstream() {
    Project now = withModels(model("orders", "SELECT id, amount FROM analytics.orders"));

    ModifiedSyncs modified = compare(baseline(), now);

    assertThat(modified.modified()).containsExactly("top_to_hubspot");
    assertThat(modified.reasons().get("top_to_hubspot")).containsExactly("upstream model 'orders' changed");
  }

  @Test
  void modelPropertiesCount() {
    Model described = model("other", OTHER.sql(), properties("other", List.of(), column("customer_id", "Id")));

    assertThat(compare(baseline(), withModels(described)).reasons())
        .containsOnlyKeys("other_to_app")
        .containsEntry("other_to_app", List.of("model 'other' changed"));
  }

  @Test
  void destinationAndSyncChangesCountAndNewSyncsAreNew() {
    Project base = baseline();
    List<Sync> syncs = new ArrayList<>(base.syncs());
    syncs.set(1, sync("other_to_app", "other", "app", new Schedule.Manual(), List.of()));
    syncs.add(sync("fresh", "other", "hubspot"));
    Project now =
        project(
            base.models(),
            List.of(destination("hubspot", Map.of("access_token", "{{env.OTHER}}")), APP),
            syncs);

    ModifiedSyncs modified = compare(base, now);

    assertThat(modified.reasons())
        .containsEntry("fresh", List.of("new sync", "destination 'hubspot' changed"))
        .containsEntry("other_to_app", List.of("sync definition changed"))
        .containsEntry("top_to_hubspot", List.of("destination 'hubspot' changed"));
    assertThat(modified.added()).containsExactly("fresh");
  }

  private static ModifiedSyncs compare(Project atRef, Project now) {
    return ModifiedSyncs.between(now, ANALYSIS, DefinitionChecksums.of(atRef));
  }

  private static Project baseline() {
    return withModels();
  }

  private static Project withModels(Model... replacements) {
    List<Model> models = new ArrayList<>(List.of(ORDERS, CUSTOMERS, VALUE, TOP, OTHER));
    for (Model replacement : replacements) {
      models.replaceAll(m -> m.name().equals(replacement.name()) ? replacement : m);
    }
    return project(
        models,
        List.of(HUBSPOT, APP),
        List.of(sync("top_to_hubspot", "top", "hubspot"), sync("other_to_app", "other", "app")));
  }

  private static AnalyzedModel analyzed(String name, Set<String> dependsOn) {
    return new AnalyzedModel(name, "", List.of(), dependsOn, Set.of());
  }
}
