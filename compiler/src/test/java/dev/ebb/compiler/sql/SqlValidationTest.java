package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact diagnostics for broken model SQL. The expected position is marked with carets in the SQL:
 * {@code select ^emial^ from analytics.users} expects the error at the start of {@code emial}.
 */
class SqlValidationTest {

  @Test
  void unknownColumnSuggestsTheClosestName() {
    Diagnostic d = assertDiagnostic("select ^emial^ from analytics.users", DiagnosticCode.EBB104);
    assertThat(d.message()).isEqualTo("column 'emial' not found in analytics.users");
    assertThat(d.hint()).isEqualTo("did you mean 'email'?");
  }

  @Test
  void unknownQualifiedColumnNamesTheAliasedTable() {
    Diagnostic d =
        assertDiagnostic(
            "select u.id,\n       o.^amout^\nfrom analytics.users u\njoin analytics.orders o on o.user_id = u.id", DiagnosticCode.EBB104);
    assertThat(d.message()).isEqualTo("column 'amout' not found in analytics.orders");
    assertThat(d.hint()).isEqualTo("did you mean 'amount'?");
  }

  @Test
  void positionsSurviveVarsOnEarlierLines() {
    Diagnostic d =
        assertDiagnostic(
            "select id, '{{vars.label}}' as label\nfrom analytics.users\nwhere id > {{ vars.min_id }} and ^frist_name^ is not null",
            DiagnosticCode.EBB104);
    assertThat(d.hint()).isEqualTo("did you mean 'first_name'?");
  }

  @Test
  void positionsSurviveVarsEarlierOnTheSameLine() {
    assertDiagnostic("select id from analytics.users where id > {{vars.min_id}} and ^nme^ = 'x'", DiagnosticCode.EBB104);
  }

  @Test
  void undefinedVarIsReportedAtItsBraces() {
    Diagnostic d = assertDiagnostic("select id\nfrom analytics.users\nwhere id > ^{{vars.min_idd}}^", DiagnosticCode.EBB108);
    assertThat(d.message()).isEqualTo("var 'min_idd' is not defined");
    assertThat(d.hint()).startsWith("did you mean '{{vars.min_id}}'?");
  }

  @Test
  void unknownTableSuggestsTheClosestTable() {
    Diagnostic d = assertDiagnostic("select id from ^analytics.user^", DiagnosticCode.EBB132);
    assertThat(d.message()).isEqualTo("table or model 'analytics.user' not found");
    assertThat(d.hint()).isEqualTo("did you mean 'analytics.users'?");
  }

  @Test
  void unknownModelIsATableNotFound() {
    Diagnostic d = assertDiagnostic("select id from ^hig_value^", DiagnosticCode.EBB132);
    assertThat(d.message()).isEqualTo("table or model 'hig_value' not found");
  }

  @Test
  void ambiguousColumn() {
    assertDiagnostic("select ^id^ from analytics.users u join analytics.orders o on o.user_id = u.id", DiagnosticCode.EBB133);
  }

  @Test
  void typeError() {
    assertDiagnostic("select id from analytics.users where ^is_active + 1^ > 0", DiagnosticCode.EBB134);
  }

  @Test
  void syntaxErrorAtTheUnexpectedToken() {
    Diagnostic d = assertDiagnostic("select id,\n  email\n  from ^from^ analytics.users", DiagnosticCode.EBB130);
    assertThat(d.message()).startsWith("syntax error:");
  }

  @Test
  void nonSelectStatementsAreRejected() {
    assertDiagnostic("^delete^ from analytics.users", DiagnosticCode.EBB131);
    assertDiagnostic("^insert^ into analytics.users (id) values (1)", DiagnosticCode.EBB131);
    assertDiagnostic("select 1 as a; ^select^ 2 as b", DiagnosticCode.EBB131);
  }

  @Test
  void emptyModel() {
    assertDiagnostic("^-- nothing here yet\n", DiagnosticCode.EBB137);
  }

  @Test
  void unnamedExpression() {
    assertDiagnostic("select id, ^upper(email)^ from analytics.users", DiagnosticCode.EBB139);
  }

  @Test
  void duplicateOutputColumn() {
    Diagnostic d = assertDiagnostic("select id, email, ^country as email^ from analytics.users", DiagnosticCode.EBB138);
    assertThat(d.message()).isEqualTo("output column 'email' appears more than once");
  }

  @Test
  void duplicateOutputColumnThroughStar() {
    Diagnostic d = assertDiagnostic("select u.*, ^o.id^ from analytics.users u join analytics.orders o on o.user_id = u.id", DiagnosticCode.EBB138);
    assertThat(d.message()).isEqualTo("output column 'id' appears more than once");
  }

  @Test
  void tabsCountAsOneColumn() {
    assertDiagnostic("select\tid,\t^emial^ from analytics.users", DiagnosticCode.EBB104);
  }

  @Test
  void intervalsNeedNoLeadingPrecision() {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create()
        .analyze(
            TestingProject.create().withAnalyticsSources()
                .model("m", "select id from analytics.users where created_at > current_timestamp - interval '120' day and created_at < current_timestamp - interval '90' day (3)")
                .build(),
            diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void otherValidationErrors() {
    assertDiagnostic("select ^email^, count(*) as n from analytics.users group by country", DiagnosticCode.EBB135);
  }

  @Test
  void unknownFunction() {
    Diagnostic d = assertDiagnostic("select ^no_such_fn(email)^ as x from analytics.users", DiagnosticCode.EBB135);
    assertThat(d.message()).isEqualTo("no function matches no_such_fn(<CHARACTER>)");
  }

  @Test
  void cyclesAreReportedAtEachReferenceAndDownstreamModelsAreNotValidated() {
    Diagnostics diagnostics = new Diagnostics();
    SqlAnalysis analysis =
        CalciteModelAnalyzer.create()
            .analyze(
                TestingProject.create()
                    .withAnalyticsSources()
                    .model("a", "select id\nfrom b")
                    .model("b", "select id from a")
                    .model("c", "select id from a")
                    .model("d", "select emial from analytics.users")
                    .model("e", "select email from d")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline))
        .containsExactly(
            "models/a.sql:2:6: error[EBB136]: models reference each other in a cycle: a -> b -> a",
            "models/b.sql:1:16: error[EBB136]: models reference each other in a cycle: a -> b -> a",
            "models/c.sql:1:16: warning[EBB142]: model 'c' not validated: depends on invalid model 'a'",
            "models/d.sql:1:8: error[EBB104]: column 'emial' not found in analytics.users",
            "models/e.sql:1:19: warning[EBB142]: model 'e' not validated: depends on invalid model 'd'");
    assertThat(analysis.models()).isEmpty();
  }

  @Test
  void cteNamesShadowModels() {
    Diagnostics diagnostics = new Diagnostics();
    SqlAnalysis analysis =
        CalciteModelAnalyzer.create()
            .analyze(
                TestingProject.create()
                    .withAnalyticsSources()
                    .model("users", "with users as (select id from analytics.users) select id from users")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(analysis.models().get("users").modelDependencies()).isEmpty();
  }

  @Test
  void unknownCatalogTypeIsReportedInSourcesYml() {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create()
        .analyze(
            TestingProject.create().source("raw.things", "id BIGINT", "blob WEIRDTYPE(3)").model("m", "select id, blob from raw.things").build(),
            diagnostics);
    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline))
        .containsExactly("sources.yml:3:30: error[EBB117]: unknown type 'WEIRDTYPE(3)' for column raw.things.blob");
  }

  private static Diagnostic assertDiagnostic(String markedSql, DiagnosticCode code) {
    int caret = markedSql.indexOf('^');
    String sql = markedSql.replace("^", "");
    String before = markedSql.substring(0, caret);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = caret - before.lastIndexOf('\n');
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create()
        .analyze(TestingProject.create().withAnalyticsSources().var("min_id", 10).var("label", "vip").model("m", sql).build(), diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertThat(found).as("diagnostics of %s", sql).hasSize(1);
    Diagnostic diagnostic = found.get(0);
    assertThat(diagnostic.code()).as(diagnostic.headline()).isEqualTo(code);
    assertThat(diagnostic.location()).as(diagnostic.headline()).isEqualTo(new SourceLocation("models/m.sql", line, column));
    return diagnostic;
  }
}
