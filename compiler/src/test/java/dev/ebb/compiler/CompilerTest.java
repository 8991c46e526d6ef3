package dev.ebb.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.compiler.testing.ProjectFiles;
import dev.ebb.compiler.testing.TestingModelAnalyzer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerTest {

  @TempDir Path dir;

  private final Compiler compiler = new Compiler(new TestingModelAnalyzer(), DestinationTypes.load());

  private static Map<String, String> project(int size) {
    Map<String, String> files = new HashMap<>();
    files.put("ebb_project.yml", "name: big\nprofile: big\n");
    files.put(
        "sources.yml",
        "sources:\n  - schema: app\n    tables:\n      - name: users\n        columns:\n"
            + "          - {name: id, type: BIGINT}\n          - {name: email, type: VARCHAR}\n");
    files.put("destinations/db.yml", "destination: db\ntype: table\nconfig:\n  url: jdbc:sqlite:app.db\n");
    for (int i = 0; i < size; i++) {
      files.put("models/m" + i + ".sql", "SELECT id, email FROM app.users");
      files.put("models/m" + i + ".yml", "models:\n  - name: m" + i + "\n    primary_key: id\n");
      files.put(
          "syncs/s" + i + ".yml",
          "sync: s" + i + "\nmodel: m" + i + "\ndestination: db\nobject: users_" + i + "\nmode: upsert\n"
              + "mapping:\n  email: email\n  label: \"{{email}} #{{id}}\"\n"
              + (i == 0 ? "schedule: '*/5 * * * *'\n" : "schedule: {after: s" + (i - 1) + "}\n"));
    }
    return files;
  }

  @Test
  void aLargeValidProjectCompilesWithoutDiagnostics() {
    Path root = ProjectFiles.write(dir, project(1000));
    Compilation compilation = compiler.compile(new DirectoryProjectSource(root));

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.hasErrors()).isFalse();
    assertThat(compilation.project().syncs()).hasSize(1000);
    assertThat(compilation.analysis().models()).hasSize(1000);
  }

  @Test
  void withATargetReportsOnceEachConstructTheTargetCannotWrite() {
    Map<String, String> files = project(0);
    files.put("models/joined.sql", "SELECT *\nFROM app.users\nNATURAL JOIN app.users AS again\n");
    files.put("models/reads_joined.sql", "SELECT id FROM joined\n");
    Path root = ProjectFiles.write(dir, files);
    Compiler real = new Compiler(CalciteModelAnalyzer.create(), DestinationTypes.load());

    assertThat(real.compile(new DirectoryProjectSource(root)).diagnostics()).isEmpty();
    assertThat(real.withTarget(Dialects.byName("postgres").orElseThrow()).compile(new DirectoryProjectSource(root)).diagnostics()).isEmpty();
    assertThat(real.withTarget(Dialects.byName("bigquery").orElseThrow()).compile(new DirectoryProjectSource(root)).diagnostics())
        .extracting(Diagnostic::headline)
        .containsExactly("models/joined.sql:3:1: error[EBB150]: NATURAL JOIN cannot be written for bigquery");
  }

  @Test
  void reportsProblemsOfEveryPhaseAtOnce() {
    Map<String, String> files = project(2);
    files.put("syncs/s1.yml", files.get("syncs/s1.yml").replace("model: m1", "model: m9").replace("mode: upsert", "mode: upsrt"));
    files.put("destinations/db.yml", "destination: db\ntype: table\nconfig:\n  uri: x\n");

    Compilation compilation = compiler.compile(new DirectoryProjectSource(ProjectFiles.write(dir, files)));

    assertThat(compilation.hasErrors()).isTrue();
    assertThat(compilation.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.EBB172, DiagnosticCode.EBB172, DiagnosticCode.EBB160, DiagnosticCode.EBB164);
  }
}
