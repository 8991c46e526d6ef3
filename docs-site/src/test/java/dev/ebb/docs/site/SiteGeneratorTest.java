package dev.ebb.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.artifacts.Manifest;
import dev.ebb.docs.TestingManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {

  static Manifest manifest;
  @TempDir static Path out;
  static SiteReport report;

  @BeforeAll
  static void generate() throws Exception {
    manifest = TestingManifests.sampleProject();
    report = new SiteGenerator(manifest, Optional.empty()).generate(out);
  }

  @Test
  void writesEveryPage() {
    int expected = 6 + manifest.models().size() + manifest.syncs().size() + manifest.destinations().size() + manifest.sources().size();
    assertThat(report.pages()).isEqualTo(expected);
    assertThat(out.resolve("index.html")).exists();
    assertThat(out.resolve("lineage.html")).exists();
    assertThat(out.resolve("syncs/ltv_to_crm.html")).exists();
    assertThat(out.resolve("assets/site.css")).exists();
  }

  @Test
  void syncPageShowsMappingWithKindsAndSourceColumns() throws Exception {
    String page = Files.readString(out.resolve("syncs/ltv_to_crm.html"));
    assertThat(page).contains("customer_lifetime_value", "crm_export", "companies", "upsert", "cron 0 6 * * *");
    assertThat(page).contains("data-field=\"lifetime_value\"", "constant", "stop if more than 50% of the records would change");
    assertThat(page).doesNotContain("{{");
  }

  @Test
  void destinationConfigShowsSecretReferencesOnly() throws Exception {
    String page = Files.readString(out.resolve("destinations/lifecycle_webhook.html"));
    assertThat(page).contains("{{env.LIFECYCLE_SIGNING_SECRET}}", "secret-ref", "X-Source");
  }

  @Test
  void embedsSearchIndexAndTracesAsScripts() throws Exception {
    assertThat(Files.readString(out.resolve("assets/search-index.js"))).startsWith("window.EBB_SEARCH = [").contains("ltv_to_crm");
    assertThat(Files.readString(out.resolve("assets/lineage-data.js"))).startsWith("window.EBB_TRACES = {").contains("sourceColumns");
  }

  @Test
  void lineageGraphLinksNodesToPages() throws Exception {
    String page = Files.readString(out.resolve("lineage.html"));
    assertThat(page).contains("<svg", "href=\"syncs/ltv_to_crm.html\"", "data-id=\"destination:crm_export\"", "class=\"edge\"");
  }
}
