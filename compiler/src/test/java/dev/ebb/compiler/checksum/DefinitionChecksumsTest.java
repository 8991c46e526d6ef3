package dev.ebb.compiler.checksum;

import static dev.ebb.compiler.testing.TestingDefinitions.at;
import static dev.ebb.compiler.testing.TestingDefinitions.column;
import static dev.ebb.compiler.testing.TestingDefinitions.destination;
import static dev.ebb.compiler.testing.TestingDefinitions.model;
import static dev.ebb.compiler.testing.TestingDefinitions.project;
import static dev.ebb.compiler.testing.TestingDefinitions.properties;
import static dev.ebb.compiler.testing.TestingDefinitions.sync;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Sync;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionChecksumsTest {

  private static final String SQL = "SELECT id AS customer_id, email FROM analytics.customers\n";

  @Test
  void checksumsAreHexSha256PerDefinition() {
    DefinitionChecksums checksums = DefinitionChecksums.of(sample(SQL, at("syncs/s.yml", 1)));

    assertThat(checksums.models()).containsOnlyKeys("customers");
    assertThat(checksums.syncs()).containsOnlyKeys("s");
    assertThat(checksums.destinations()).containsOnlyKeys("hubspot_prod");
    assertThat(checksums.sync("s").orElseThrow()).matches("[0-9a-f]{64}");
  }

  @Test
  void movingOrReformattingADefinitionKeepsItsChecksum() {
    DefinitionChecksums before = DefinitionChecksums.of(sample(SQL, at("syncs/s.yml", 1)));
    DefinitionChecksums after =
        DefinitionChecksums.of(sample(SQL.replace("\n", "\r\n") + "\n\n", at("syncs/all.yml", 40)));

    assertThat(after).isEqualTo(before);
  }

  @Test
  void mapKeyOrderAndColumnDescriptionOrderDoNotMatter() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("base_url", "https://api.hubapi.com");
    config.put("access_token", "{{env.HUBSPOT_TOKEN}}");
    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("access_token", "{{env.HUBSPOT_TOKEN}}");
    reordered.put("base_url", "https://api.hubapi.com");
    ModelProperties ab = properties("m", List.of(), column("a", "A"), column("b", "B"));
    ModelProperties ba = properties("m", List.of(), column("b", "B"), column("a", "A"));

    assertThat(hash(destination("d", config))).isEqualTo(hash(destination("d", reordered)));
    assertThat(DefinitionChecksums.of(project(List.of(model("m", SQL, ab)), List.of(), List.of())))
        .isEqualTo(DefinitionChecksums.of(project(List.of(model("m", SQL, ba)), List.of(), List.of())));
  }

  @Test
  void contentChangesChangeTheChecksum() {
    DefinitionChecksums base = DefinitionChecksums.of(sample(SQL, at("syncs/s.yml", 1)));
    Project editedSql = sample(SQL.replace("email", "lower(email) AS email"), at("syncs/s.yml", 1));
    Project newDescription =
        project(
            List.of(model("customers", SQL, properties("customers", List.of(), column("email", "changed")))),
            List.of(),
            List.of());

    assertThat(DefinitionChecksums.of(editedSql).model("customers")).isNotEqualTo(base.model("customers"));
    assertThat(DefinitionChecksums.of(editedSql).sync("s")).isEqualTo(base.sync("s"));
    assertThat(DefinitionChecksums.of(newDescription).model("customers"))
        .isNotEqualTo(base.model("customers"));
  }

  @Test
  void aModelChecksumCoversTheVarsItUses() {
    Model usesVar = model("m", "SELECT 1 AS x HAVING 1 >= {{ vars.min_ltv }}");
    Model noVar = model("n", "SELECT 1 AS x");
    Project low = project(List.of(usesVar, noVar), List.of(), List.of());
    Project high =
        new Project(
            new ProjectConfig("acme", "acme", "ebb_state", Map.of("min_ltv", 500), low.config().locations()),
            low.catalog(), low.models(), low.destinations(), low.syncs(), low.seeds(), low.files());

    assertThat(DefinitionChecksums.of(high).model("m")).isNotEqualTo(DefinitionChecksums.of(low).model("m"));
    assertThat(DefinitionChecksums.of(high).model("n")).isEqualTo(DefinitionChecksums.of(low).model("n"));
  }

  @Test
  void secretsAreHashedAsWrittenNeverResolved() {
    Destination withReference = destination("d", Map.of("access_token", "{{env.HUBSPOT_TOKEN}}"));
    String canonical = CanonicalForm.json(withReference);

    assertThat(canonical).contains("{{env.HUBSPOT_TOKEN}}").doesNotContain("locations");
  }

  private static String hash(Destination destination) {
    return DefinitionChecksums.of(project(List.of(), List.of(destination), List.of()))
        .destination(destination.name())
        .orElseThrow();
  }

  private static Project sample(String sql, dev.ebb.compiler.model.Locations syncLocation) {
    Sync base = sync("s", "customers", "hubspot_prod");
    Sync located =
        new Sync(base.name(), base.model(), base.destination(), base.object(), base.mode(), base.match(),
            base.mapping(), base.schedule(), base.deleteSafety(), base.changeSafety(), base.tags(),
            base.description(), syncLocation);
    return project(
        List.of(model("customers", sql)),
        List.of(destination("hubspot_prod", Map.of("access_token", "{{env.HUBSPOT_TOKEN}}"))),
        List.of(located));
  }
}
