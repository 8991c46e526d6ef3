package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.testing.IndependentSqlParser;
import org.junit.jupiter.api.Test;

/**
 * Validation reads a cast's warehouse type name as the standard type it behaves as; compiled SQL
 * keeps the name the user wrote: on BigQuery DATETIME is not TIMESTAMP, and PostgreSQL has no
 * DOUBLE.
 */
class CastTypeNamesTest {

  @Test
  void bigQueryKeepsStringInt64BoolAndDatetime() {
    String sql = compile("bigquery", """
        SELECT CAST(id AS STRING) AS id_text, email::STRING AS email, CAST(id AS INT64) AS id64,
               CAST(is_active AS BOOL) AS active, CAST(created_at AS DATETIME) AS created,
               CAST(created_at AS TIMESTAMP) AS created_ts, CAST(id AS BIGNUMERIC(20,2)) AS wide
        FROM analytics.users
        """);
    assertThat(sql)
        .contains("CAST(id AS STRING) AS id_text", "CAST(email AS STRING) AS email", "CAST(id AS INT64) AS id64")
        .contains("CAST(is_active AS BOOL) AS active", "CAST(created_at AS DATETIME) AS created")
        .contains("CAST(created_at AS TIMESTAMP) AS created_ts", "CAST(id AS BIGNUMERIC(20,2)) AS wide")
        .doesNotContain("VARCHAR", "BIGINT", "BOOLEAN", "DECIMAL");
  }

  @Test
  void snowflakeKeepsTextNumberTimestampNtzAndDatetime() {
    String sql = compile("snowflake", """
        SELECT CAST(id AS text) AS a, CAST(id AS STRING) AS b, id::number(10,2) AS c,
               CAST(created_at AS TIMESTAMP_NTZ) AS d, CAST(created_at AS DATETIME) AS e, CAST(email AS varchar(20)) AS f
        FROM analytics.users
        """);
    assertThat(sql)
        .contains("CAST(\"ID\" AS TEXT) AS \"A\"", "CAST(\"ID\" AS STRING) AS \"B\"", "CAST(\"ID\" AS NUMBER(10,2)) AS \"C\"")
        .contains("CAST(\"CREATED_AT\" AS TIMESTAMP_NTZ) AS \"D\"", "CAST(\"CREATED_AT\" AS DATETIME) AS \"E\"")
        .contains("CAST(\"EMAIL\" AS VARCHAR(20)) AS \"F\"");
  }

  @Test
  void postgresKeepsTextBoolAndMultiWordTypes() {
    String sql = compile("postgres", """
        SELECT CAST(id AS TEXT) AS a, CAST(is_active AS bool) AS b, email::varchar(20) AS c,
               id::double   precision AS d, created_at::timestamp with time zone AS e, CAST(id AS NUMERIC(10, 2)) AS f
        FROM analytics.users
        """);
    assertThat(sql)
        .contains("CAST(\"id\" AS TEXT) AS \"a\"", "CAST(\"is_active\" AS BOOL) AS \"b\"", "CAST(\"email\" AS VARCHAR(20)) AS \"c\"")
        .contains("CAST(\"id\" AS DOUBLE PRECISION) AS \"d\"", "CAST(\"created_at\" AS TIMESTAMP WITH TIME ZONE) AS \"e\"")
        .contains("CAST(\"id\" AS NUMERIC(10, 2)) AS \"f\"");
  }

  @Test
  void duckDbRedshiftAndDatabricksKeepTheirNames() {
    assertThat(compile("duckdb", "SELECT CAST(id AS STRING) AS a, CAST(is_active AS BOOL) AS b, CAST(created_at AS DATETIME) AS c FROM analytics.users"))
        .contains("CAST(\"id\" AS STRING) AS \"a\"", "CAST(\"is_active\" AS BOOL) AS \"b\"", "CAST(\"created_at\" AS DATETIME) AS \"c\"");
    assertThat(compile("redshift", "SELECT CAST(id AS TEXT) AS a, CAST(is_active AS BOOL) AS b, CAST(id AS NUMERIC(10,2)) AS c FROM analytics.users"))
        .contains("CAST(\"id\" AS TEXT) AS \"a\"", "CAST(\"is_active\" AS BOOL) AS \"b\"", "CAST(\"id\" AS NUMERIC(10,2)) AS \"c\"");
    assertThat(compile("databricks", "SELECT CAST(id AS STRING) AS a, CAST(created_at AS TIMESTAMP_NTZ) AS b, CAST(id AS INT) AS c FROM analytics.users"))
        .contains("CAST(`id` AS STRING) `a`", "CAST(`created_at` AS TIMESTAMP_NTZ) `b`", "CAST(`id` AS INT) `c`");
  }

  @Test
  void validationStillReadsTheStandardType() {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(
                TestingProject.create().withAnalyticsSources().dialect("bigquery")
                    .model("typed", "SELECT CAST(id AS STRING) AS id_text, CAST(created_at AS DATETIME) AS created FROM analytics.users")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).isEmpty();
    assertThat(compiler.analysis().models().get("typed").columns())
        .extracting(OutputColumn::type)
        .satisfiesExactly(text -> assertThat(text).startsWith("VARCHAR"), timestamp -> assertThat(timestamp).startsWith("TIMESTAMP"));
  }

  private static String compile(String dialect, String model) {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(TestingProject.create().withAnalyticsSources().dialect(dialect).model("typed", model).build(), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).isEmpty();
    String sql = compiler.compile("typed", Dialects.byName(dialect).orElseThrow());
    IndependentSqlParser.parse(sql, Dialects.byName(dialect).orElseThrow());
    return sql;
  }
}
