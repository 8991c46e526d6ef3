package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.testing.ProjectFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files far larger than any real project file are refused before they are read or parsed. */
class OversizedFileTest {

  @TempDir Path dir;

  @Test
  @Timeout(10)
  void aFiftyMegabyteModelIsRefusedQuicklyWithItsSize() throws IOException {
    ProjectFiles.write(dir, Map.of("ebb_project.yml", "name: acme\nprofile: acme\n"));
    Path model = dir.resolve("models/huge.sql");
    Files.createDirectories(model.getParent());
    try (Writer out = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      out.write("SELECT 1 AS id\n");
      String line = "UNION ALL SELECT 1 AS id -- " + "x".repeat(70) + "\n";
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
        out.write(line);
      }
    }
    Diagnostics diagnostics = new Diagnostics();

    long started = System.nanoTime();
    new ProjectLoader().load(new DirectoryProjectSource(dir), diagnostics);

    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline))
        .containsExactly(
            "models/huge.sql:1:1: error[EBB118]: models/huge.sql is " + Files.size(model)
                + " bytes; ebb reads at most 1048576 bytes per model file");
  }

  @Test
  void aYamlFileOverThreeMebibytesIsRefused() throws IOException {
    ProjectFiles.write(
        dir,
        Map.of(
            "ebb_project.yml", "name: acme\nprofile: acme\n",
            "syncs/big.yml", "sync: big\n# " + "x".repeat(3 * 1024 * 1024) + "\n"));
    Diagnostics diagnostics = new Diagnostics();

    new ProjectLoader().load(new DirectoryProjectSource(dir), diagnostics);

    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline))
        .containsExactly(
            "syncs/big.yml:1:1: error[EBB118]: syncs/big.yml is 3145741 bytes; ebb reads at most 3145728 bytes"
                + " per YAML file");
  }
}
