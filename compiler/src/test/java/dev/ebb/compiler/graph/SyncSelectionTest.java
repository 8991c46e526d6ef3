package dev.ebb.compiler.graph;

import static dev.ebb.compiler.testing.TestingDefinitions.destination;
import static dev.ebb.compiler.testing.TestingDefinitions.model;
import static dev.ebb.compiler.testing.TestingDefinitions.project;
import static dev.ebb.compiler.testing.TestingDefinitions.properties;
import static dev.ebb.compiler.testing.TestingDefinitions.sync;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Schedule;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SyncSelectionTest {

  private static final Project PROJECT =
      project(
          List.of(
              model("customers", "SELECT 1 AS customer_id", properties("customers", List.of("hourly"))),
              model("leads", "SELECT 1 AS customer_id"),
              model("unused", "SELECT 1 AS customer_id")),
          List.of(destination("hubspot_prod", Map.of()), destination("app_db", Map.of())),
          List.of(
              sync("customers_to_hubspot", "customers", "hubspot_prod"),
              sync("leads_to_hubspot", "leads", "hubspot_prod", new Schedule.Cron("0 * * * *"), List.of("daily")),
              sync("leads_to_app", "leads", "app_db", new Schedule.After("leads_to_hubspot"), List.of()),
              sync("audit_leads", "leads", "app_db", new Schedule.After("leads_to_app"), List.of())));

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void noSelectorSelectsEverySync() {
    assertThat(select(List.of(), List.of()))
        .containsExactly("audit_leads", "customers_to_hubspot", "leads_to_app", "leads_to_hubspot");
  }

  @Test
  void selectorsAreUnitedAndExclusionsRemoved() {
    assertThat(select(List.of("model:leads customers_to_hubspot"), List.of("destination:app_db")))
        .containsExactly("customers_to_hubspot", "leads_to_hubspot");
    assertThat(diagnostics.size()).isZero();
  }

  @Test
  void tagsMatchTheSyncOrItsModel() {
    assertThat(select(List.of("tag:hourly"), List.of())).containsExactly("customers_to_hubspot");
    assertThat(select(List.of("tag:daily"), List.of())).containsExactly("leads_to_hubspot");
  }

  @Test
  void namesAcceptWildcards() {
    assertThat(select(List.of("leads_*"), List.of())).containsExactly("leads_to_app", "leads_to_hubspot");
  }

  @Test
  void plusFollowsAfterSchedules() {
    assertThat(select(List.of("leads_to_app+"), List.of())).containsExactly("audit_leads", "leads_to_app");
    assertThat(select(List.of("+leads_to_app"), List.of())).containsExactly("leads_to_app", "leads_to_hubspot");
    assertThat(select(List.of("+leads_to_app+"), List.of()))
        .containsExactly("audit_leads", "leads_to_app", "leads_to_hubspot");
  }

  @Test
  void unknownNamesAreReportedWithASuggestion() {
    assertThat(select(List.of("model:leeds", "destination:hubspot"), List.of())).isEmpty();

    List<Diagnostic> found = diagnostics.sorted();
    assertThat(found).extracting(Diagnostic::code).containsOnly(DiagnosticCode.EBB190);
    assertThat(found)
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "selector 'model:leeds' matches no model named 'leeds'",
            "selector 'destination:hubspot' matches no destination named 'hubspot'");
    assertThat(found).extracting(Diagnostic::hint).contains("did you mean 'leads'?", "did you mean 'hubspot_prod'?");
  }

  @Test
  void aModelNameGivenAsASyncNameGetsAPointedHint() {
    select(List.of("customers"), List.of());

    assertThat(diagnostics.sorted().get(0).hint())
        .isEqualTo("'customers' is a model: select its syncs with model:customers");
  }

  @Test
  void aKnownModelWithoutSyncsIsAWarning() {
    assertThat(select(List.of("model:unused"), List.of())).isEmpty();

    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(diagnostics.sorted().get(0).message()).isEqualTo("selector 'model:unused' selects no syncs");
  }

  @Test
  void malformedSelectorsAreReported() {
    select(List.of("tga:hourly", "state:modifed", "tag:", "a,b"), List.of());

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::hint)
        .contains(
            "did you mean 'tag:hourly'?",
            "did you mean 'state:modified'?",
            "separate selectors with spaces to select their union: a b");
    assertThat(diagnostics.size()).isEqualTo(4);
  }

  @Test
  void stateNeedsARef() {
    select(List.of("state:modified"), List.of());

    assertThat(diagnostics.sorted().get(0).hint()).contains("--state");
  }

  @Test
  void stateSelectsModifiedAndNewSyncs() {
    SortedMap<String, List<String>> reasons = new TreeMap<>();
    reasons.put("leads_to_app", List.of("new sync"));
    reasons.put("customers_to_hubspot", List.of("model 'customers' changed"));
    ModifiedSyncs state = new ModifiedSyncs(reasons, new TreeSet<>(List.of("leads_to_app")));
    SyncSelection selection = new SyncSelection(PROJECT, state);

    assertThat(selection.select(List.of("state:modified"), List.of(), diagnostics).names())
        .containsExactly("customers_to_hubspot", "leads_to_app");
    assertThat(selection.select(List.of("state:new+"), List.of(), diagnostics).names())
        .containsExactly("audit_leads", "leads_to_app");
  }

  private List<String> select(List<String> select, List<String> exclude) {
    return new SyncSelection(PROJECT).select(select, exclude, diagnostics).names();
  }
}
