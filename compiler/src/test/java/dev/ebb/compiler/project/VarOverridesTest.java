package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VarOverridesTest {

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private Project load(String vars) {
    Path root =
        ProjectFiles.write(
            dir, Map.of("ebb_project.yml", "name: acme\nprofile: acme\nvars:\n  as_of: '2026-11-01'\n  min_ltv: 100\n"));
    return new ProjectLoader(vars).load(new DirectoryProjectSource(root), diagnostics);
  }

  @Test
  void replacesAndAddsVarsKeepingTheOthers() {
    Project project = load("{as_of: '2026-11-02', region: eu}");

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(project.config().vars())
        .containsExactlyInAnyOrderEntriesOf(Map.of("as_of", "2026-11-02", "min_ltv", 100L, "region", "eu"));
    assertThat(project.config().locations().of("vars.as_of")).isEqualTo(new SourceLocation(VarOverrides.FILE, 1, 9));
    assertThat(project.config().locations().of("vars.min_ltv").file()).isEqualTo("ebb_project.yml");
  }

  @Test
  void acceptsJson() {
    assertThat(load("{\"min_ltv\": 250}").config().vars()).containsEntry("min_ltv", 250L);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void noOverridesLeaveTheProjectVars() {
    assertThat(load(null).config().vars()).containsEntry("as_of", "2026-11-01");
    assertThat(load("  ").config().vars()).containsEntry("as_of", "2026-11-01");
  }

  @Test
  void aValueThatIsNotAMappingIsLocated() {
    load("as_of=2026-11-02");

    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.EBB103);
          assertThat(d.location()).isEqualTo(new SourceLocation(VarOverrides.FILE, 1, 1));
          assertThat(d.message()).contains("--vars must be a mapping");
        });
  }

  @Test
  void nestedValuesAndBrokenYamlAreLocatedErrors() {
    load("{as_of: [1, 2]}");
    load("{as_of: '2026");

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.EBB103, DiagnosticCode.EBB101);
    assertThat(diagnostics.sorted()).allSatisfy(d -> assertThat(d.location().file()).isEqualTo(VarOverrides.FILE));
  }
}
