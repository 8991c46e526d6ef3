package dev.ebb.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.destination.TestingDestinationFactory;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.ProjectLoader;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import dev.ebb.compiler.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCheckerTest {

  @TempDir Path dir;

  private final ProjectChecker checker = new ProjectChecker(DestinationTypes.of(TestingDestinationFactory.all()));
  private final Diagnostics diagnostics = new Diagnostics();

  private Project project(String mapping) {
    Map<String, String> files =
        Map.of(
            "ebb_project.yml", "name: a\nprofile: a\n",
            "models/people.sql", "SELECT 1",
            "models/people.yml", "models:\n  - name: people\n    primary_key: ID\n",
            "destinations/db.yml", "destination: db\ntype: table\nconfig: {url: 'jdbc:sqlite:x.db'}\n",
            "syncs/people.yml",
            "sync: people\nmodel: people\ndestination: db\nobject: people\nmode: mirror\nmapping:\n" + mapping);
    Project project = new ProjectLoader().load(new DirectoryProjectSource(ProjectFiles.write(dir, files)), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return project;
  }

  private static SqlAnalysis analysis(String... columns) {
    List<OutputColumn> output =
        java.util.Arrays.stream(columns).map(c -> new OutputColumn(c, "VARCHAR", true, List.of(), List.of())).toList();
    return new SqlAnalysis(Map.of("people", new AnalyzedModel("people", "SELECT 1", output, Set.of(), Set.of())), List.of("people"));
  }

  @Test
  void columnsResolveIgnoringCaseLikeUnquotedSql() {
    checker.check(project("  email: Email\n  label: \"{{NAME}}\"\n"), analysis("ID", "EMAIL", "NAME"), diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aModelWhoseSqlFailedGetsNoColumnChecks() {
    checker.check(project("  email: nope\n"), new SqlAnalysis(Map.of(), List.of()), diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void missingColumnsGetAHint() {
    checker.check(project("  email: emial\n  label: \"{{nmae}}\"\n"), analysis("id", "email", "name"), diagnostics);

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code, Diagnostic::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticCode.EBB169, "did you mean 'email'?"),
            org.assertj.core.groups.Tuple.tuple(DiagnosticCode.EBB170, "did you mean 'name'?"));
  }
}
