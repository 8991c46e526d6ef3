package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Target;
import dev.ebb.compiler.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

  private static final String PROFILES =
      "acme:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: warehouse.duckdb\n"
          + "    pg:\n      type: postgres\n      password: \"{{env.PG_PASSWORD}}\"\nother:\n  outputs: {}\n";

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private static ProjectConfig project(String profile) {
    SourceLocation profileAt = new SourceLocation("ebb_project.yml", 2, 10);
    return new ProjectConfig("p", profile, "ebb_state", Map.of(), new Locations(SourceLocation.of("ebb_project.yml"), Map.of("profile", profileAt)));
  }

  private Optional<Target> load(Map<String, String> env, String profile, String target) {
    return new ProfileLoader(env, dir.resolve("home")).load(dir.resolve("project"), project(profile), target, diagnostics);
  }

  @Test
  void readsTheDefaultTargetFromTheProjectFolder() {
    ProjectFiles.write(dir, Map.of("project/profiles.yml", PROFILES, "home/.ebb/profiles.yml", "acme: {}\n"));

    Target target = load(Map.of(), "acme", null).orElseThrow();

    assertThat(target.name()).isEqualTo("dev");
    assertThat(target.type()).isEqualTo("duckdb");
    assertThat(target.settings()).containsExactly(Map.entry("path", "warehouse.duckdb"));
    assertThat(target.file()).isEqualTo("profiles.yml");
    assertThat(target.locations().of("path")).isEqualTo(new SourceLocation("profiles.yml", 6, 13));
  }

  @Test
  void fallsBackToTheEnvironmentFolderThenHome() {
    ProjectFiles.write(dir, Map.of("shared/profiles.yml", PROFILES, "home/.ebb/profiles.yml", "acme: {}\n"));

    Target target = load(Map.of("EBB_PROFILES_DIR", dir.resolve("shared").toString()), "acme", "pg").orElseThrow();

    assertThat(target.type()).isEqualTo("postgres");
    assertThat(target.settings()).containsEntry("password", "{{env.PG_PASSWORD}}");
    assertThat(target.file()).endsWith("shared/profiles.yml");

    ProjectFiles.write(dir, Map.of("home/.ebb/profiles.yml", PROFILES));
    assertThat(load(Map.of(), "acme", "dev")).isPresent();
  }

  @Test
  void unknownProfileListsTheAvailableOnes() {
    ProjectFiles.write(dir, Map.of("project/profiles.yml", PROFILES));

    assertThat(load(Map.of(), "acmee", null)).isEmpty();

    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB111);
    assertThat(error.location()).isEqualTo(new SourceLocation("ebb_project.yml", 2, 10));
    assertThat(error.hint()).contains("acme", "other");
  }

  @Test
  void unknownTargetListsTheAvailableOnes() {
    ProjectFiles.write(dir, Map.of("project/profiles.yml", PROFILES));

    assertThat(load(Map.of(), "acme", "prod")).isEmpty();

    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB111);
    assertThat(error.location().file()).isEqualTo("profiles.yml");
    assertThat(error.hint()).contains("dev", "pg");
  }

  @Test
  void missingProfilesFileIsReported() {
    assertThat(load(Map.of(), "acme", null)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB111);
  }
}
