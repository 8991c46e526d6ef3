package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.testing.IndependentSqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code LIKE ANY} / {@code ILIKE ANY}: the list form (Snowflake, Databricks; BigQuery for LIKE)
 * and PostgreSQL's array form validate, are written as written, and are an error where the
 * warehouse has no such form.
 */
class QuantifiedLikeTest {

  private static final String LIST = "SELECT id FROM analytics.users WHERE email ILIKE ANY ('%@acme.example', '%@corp.example') AND is_active";
  private static final String ARRAY = "SELECT id FROM analytics.users WHERE email NOT LIKE ALL (ARRAY['%@acme.example', '%@corp.example'])";

  @Test
  void theListFormIsWrittenAsWrittenWhereTheWarehouseHasIt() {
    ModelSqlCompiler compiler = analyze(LIST);
    assertThat(compile(compiler, "snowflake")).contains("\"EMAIL\" ILIKE ANY ('%@acme.example', '%@corp.example')\n    AND \"IS_ACTIVE\"");
    assertThat(compile(compiler, "databricks")).contains("`email` ILIKE ANY ('%@acme.example', '%@corp.example')");
    assertThat(headlines(analyze("SELECT id FROM analytics.users WHERE email LIKE SOME ('a%', 'b%')"), "bigquery")).isEmpty();
  }

  @Test
  void theArrayFormIsWrittenForPostgres() {
    ModelSqlCompiler compiler = analyze(ARRAY);
    assertThat(compiler.compile("m", Dialects.byName("postgres").orElseThrow()))
        .contains("\"email\" NOT LIKE ALL (ARRAY['%@acme.example', '%@corp.example'])");
  }

  @Test
  void aWarehouseWithoutTheFormGetsALocatedErrorWithItsOwnWay() {
    ModelSqlCompiler list = analyze(LIST);
    assertThat(headlines(list, "postgres")).containsExactly("models/m.sql:1:38: error[EBB150]: ILIKE ANY (pattern, ...) cannot be written for postgres");
    assertThat(list.unwritable("m", Dialects.byName("postgres").orElseThrow()).get(0).hint()).contains("ARRAY[");
    assertThat(headlines(list, "duckdb")).singleElement().asString().contains("error[EBB150]");
    assertThat(headlines(list, "redshift")).singleElement().asString().contains("error[EBB150]");
    assertThat(headlines(list, "bigquery")).singleElement().asString().contains("error[EBB150]: ILIKE ANY");
    ModelSqlCompiler array = analyze(ARRAY);
    assertThat(headlines(array, "snowflake")).containsExactly("models/m.sql:1:38: error[EBB150]: NOT LIKE ALL (ARRAY[...]) cannot be written for snowflake");
    assertThat(headlines(array, "postgres")).isEmpty();
  }

  @Test
  void patternsAreValidatedAsText() {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create()
        .analyzeForCompilation(TestingProject.create().withAnalyticsSources().model("m", "SELECT id FROM analytics.users WHERE email LIKE ANY (emial, 'b%')").build(), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).singleElement().asString().contains("error[EBB104]");
  }

  private static ModelSqlCompiler analyze(String sql) {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler =
        CalciteModelAnalyzer.create().analyzeForCompilation(TestingProject.create().withAnalyticsSources().model("m", sql).build(), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).isEmpty();
    return compiler;
  }

  private static List<String> headlines(ModelSqlCompiler compiler, String dialect) {
    return compiler.unwritable("m", Dialects.byName(dialect).orElseThrow()).stream().map(Diagnostic::headline).toList();
  }

  private static String compile(ModelSqlCompiler compiler, String dialect) {
    String sql = compiler.compile("m", Dialects.byName(dialect).orElseThrow());
    IndependentSqlParser.parse(sql, Dialects.byName(dialect).orElseThrow());
    return sql;
  }
}
