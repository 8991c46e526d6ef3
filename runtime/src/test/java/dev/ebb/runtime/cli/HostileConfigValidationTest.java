package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destination configs that would write outside the project, reach cloud metadata, split headers
 * or read files through templates are refused by {@code ebb validate}, offline, each at its place
 * and under its own code.
 */
class HostileConfigValidationTest {

  private static final Path SAMPLE = Path.of("../sample-project");

  @TempDir Path dir;

  @Test
  void fileDestinationPathsAndObjectsThatLeaveTheProject() throws IOException {
    Path project = copySample();
    write(project, "destinations/crm_export.yml", "destination: crm_export\ntype: file\nconfig:\n  path: ../../x\n");
    replace(project, "syncs/ltv_to_crm.yml", "object: companies", "object: ../../etc");

    assertThat(errors(project)).containsExactly(
        "destinations/crm_export.yml:4:9: error[EBB179]: destination 'crm_export': path '../../x' leads out of the project folder",
        "syncs/ltv_to_crm.yml:5:9: error[EBB179]: sync 'ltv_to_crm': object '../../etc' cannot name a folder of a file destination");

    write(project, "destinations/crm_export.yml", "destination: crm_export\ntype: file\nconfig:\n  path: /tmp/x\n");
    assertThat(errors(project)).contains(
        "destinations/crm_export.yml:4:9: error[EBB179]: destination 'crm_export': path '/tmp/x' leads out of the project folder");

    write(project, "destinations/crm_export.yml",
        "destination: crm_export\ntype: file\nconfig:\n  path: /tmp/x\n  allow_outside_project: true\n");
    replace(project, "syncs/ltv_to_crm.yml", "object: ../../etc", "object: companies");
    assertThat(errors(project)).isEmpty();
  }

  @Test
  void webhookUrlsThatAreNotHttpOrAimAtMetadata() throws IOException {
    Path project = copySample();
    for (String url : List.of("gopher://127.0.0.1:70/x", "file:///etc/passwd", "gopher://{{env.HOOK_HOST}}/x")) {
      webhook(project, "url: \"" + url + "\"");
      assertThat(errors(project)).as(url).containsExactly(
          "destinations/lifecycle_webhook.yml:4:8: error[EBB180]: destination 'lifecycle_webhook': url must start with"
              + " http:// or https://, not " + url.substring(0, url.indexOf("://") + 3));
    }
    for (String url : List.of(
        "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
        "http://[fe80::1]:8080/x", "http://169.254.169.254/{{env.PATH_PART}}")) {
      webhook(project, "url: \"" + url + "\"");
      assertThat(errors(project)).as(url).singleElement().asString()
          .startsWith("destinations/lifecycle_webhook.yml:4:8: error[EBB180]: destination 'lifecycle_webhook': url points at ")
          .endsWith("set allow_link_local: true if this is intended");
    }
    webhook(project, "url: \"http://169.254.169.254/latest/meta-data/\"\n  allow_link_local: true");
    assertThat(errors(project)).isEmpty();
  }

  @Test
  void headerValuesWithLineBreaksAndTemplatesWithPartials() throws IOException {
    Path project = copySample();
    webhook(project, "url: http://127.0.0.1:8599/hooks\n  headers:\n    X-Source: \"ebb\\r\\nX-Admin: yes\"");
    assertThat(errors(project)).containsExactly(
        "destinations/lifecycle_webhook.yml:6:15: error[EBB181]: destination 'lifecycle_webhook': header 'X-Source' has a"
            + " line break in its value");

    webhook(project, "url: \"http://127.0.0.1:8599/{{> /etc/hostname}}\"\n  headers:\n    X-Key: \"{{>secrets.txt}}\"\n"
        + "  body: \"{\\\"k\\\": \\\"{{> ../.ssh/id_rsa}}\\\"}\"");
    assertThat(errors(project)).containsExactly(
        "destinations/lifecycle_webhook.yml:4:8: error[EBB182]: destination 'lifecycle_webhook': url includes a partial"
            + " ({{> ...}}): templates cannot read files",
        "destinations/lifecycle_webhook.yml:6:12: error[EBB182]: destination 'lifecycle_webhook': headers.X-Key includes a"
            + " partial ({{> ...}}): templates cannot read files",
        "destinations/lifecycle_webhook.yml:7:9: error[EBB182]: destination 'lifecycle_webhook': body includes a partial"
            + " ({{> ...}}): templates cannot read files");
  }

  private static void webhook(Path project, String config) throws IOException {
    write(project, "destinations/lifecycle_webhook.yml",
        "destination: lifecycle_webhook\ntype: webhook\nconfig:\n  " + config + "\n");
  }

  private static List<String> errors(Path project) {
    CliRun run = CliRun.of("validate", "--project", project.toString());
    assertThat(run.out()).doesNotContain("Exception");
    return run.out().lines().filter(line -> line.contains(": error[")).toList();
  }

  private static void write(Path project, String file, String text) throws IOException {
    Files.writeString(project.resolve(file), text);
  }

  private static void replace(Path project, String file, String from, String to) throws IOException {
    String text = Files.readString(project.resolve(file));
    assertThat(text).contains(from);
    Files.writeString(project.resolve(file), text.replace(from, to));
  }

  private Path copySample() throws IOException {
    Path target = dir.resolve("sample");
    try (Stream<Path> paths = Files.walk(SAMPLE)) {
      for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path relative = SAMPLE.relativize(source);
        if (relative.startsWith("target") || relative.startsWith(".ebb") || relative.startsWith("output")) {
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
