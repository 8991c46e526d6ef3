package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {

  @TempDir Path project;

  @Test
  void generatesTheSiteAndDbtExposures() throws IOException {
    copySampleProject();
    Files.writeString(project.resolve("dbt_manifest.json"), """
        {"nodes": {"model.shop.subscriptions": {"resource_type": "model", "name": "subscriptions", "schema": "raw",
           "alias": "subscriptions", "description": "Subscriptions, cleaned", "depends_on": {"nodes": ["source.shop.stripe.subs"]}}},
         "sources": {"source.shop.stripe.subs": {"resource_type": "source", "name": "subs", "source_name": "stripe",
           "schema": "stripe", "identifier": "subs"}}}
        """);

    CliRun site = CliRun.of("docs", "generate", "--project", project.toString(), "--dbt-manifest", "dbt_manifest.json");
    assertThat(site.exitCode()).as(site.toString()).isZero();
    assertThat(site.out()).contains("pages to target/docs/");
    assertThat(project.resolve("target/docs/index.html")).exists();
    assertThat(Files.readString(project.resolve("target/docs/lineage.html"))).contains("source(&#39;stripe&#39;, &#39;subs&#39;)");

    CliRun exposures = CliRun.of("docs", "generate", "--format", "dbt-exposures", "--project", project.toString(), "--dbt-manifest", "dbt_manifest.json");
    assertThat(exposures.exitCode()).as(exposures.toString()).isZero();
    String yaml = Files.readString(project.resolve("target/dbt_exposures.yml"));
    assertThat(yaml).contains("name: ltv_to_crm", "type: application", "ref('subscriptions')", "source('raw', 'accounts')", "url: docs/syncs/ltv_to_crm.html");
  }

  @Test
  void rejectsAnUnknownFormat() {
    CliRun run = CliRun.of("docs", "generate", "--format", "pdf", "--project", project.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
    assertThat(run.err()).contains("expected site or dbt-exposures");
  }

  private void copySampleProject() throws IOException {
    Path sample = Path.of("..", "sample-project").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !sample.relativize(f).startsWith("target")).toList()) {
        Path target = project.resolve(sample.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }
}
