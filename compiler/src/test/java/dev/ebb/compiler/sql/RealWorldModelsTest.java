package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models written the way teams write them for their warehouse validate clean for that warehouse:
 * a Snowflake dbt project (keyword column names, NVL, IFF, DATEADD, QUALIFY, GROUP BY ALL,
 * TIMESTAMP_NTZ), dbt's jaffle_shop on DuckDB and PostgreSQL, and BigQuery models (INT64, IF,
 * DATE_DIFF, SAFE_CAST, COUNTIF).
 */
class RealWorldModelsTest {

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "snowflake, snowflake, 4",
    "jaffle_shop, duckdb, 5",
    "jaffle_shop, postgres, 5",
    "jaffle_shop, snowflake, 5",
    "bigquery, bigquery, 2",
  })
  void validatesCleanForItsWarehouse(String project, String dialect, int models) {
    Project loaded = TestingProjectFiles.load(TestingProjectFiles.resource("realworld/" + project));
    Diagnostics diagnostics = new Diagnostics();
    SqlAnalysis analysis = CalciteModelAnalyzer.create().forDialect(dialect).analyze(loaded, diagnostics);
    assertThat(diagnostics.sorted().stream().map(d -> d.headline() + (d.hint() == null ? "" : " / " + d.hint()))).isEmpty();
    assertThat(analysis.models()).hasSize(models);
  }
}
