package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL a warehouse has no way to write with the meaning it has in the model is a located error for
 * that warehouse only, never rewritten into something close.
 */
class UnwritableSqlTest {

  private static ModelSqlCompiler compiler;

  @BeforeAll
  static void analyze() {
    Diagnostics diagnostics = new Diagnostics();
    compiler =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(
                TestingProject.create()
                    .withAnalyticsSources()
                    .var("days", 7)
                    .model("joined", """
                        SELECT *
                        FROM (SELECT id AS user_id FROM analytics.users) u
                        NATURAL JOIN (SELECT user_id, amount FROM analytics.orders) o
                        """)
                    .model("case_insensitive", "SELECT id FROM analytics.users WHERE email ILIKE '%@acme.example'")
                    .model("computed_interval", """
                        SELECT id, ordered_at + INTERVAL ({{vars.days}} * 2) DAY AS due_at FROM analytics.orders
                        """)
                    .model("interval_range", "SELECT id, ordered_at + INTERVAL '1-2' YEAR TO MONTH AS later FROM analytics.orders")
                    .model("reads_joined", "SELECT user_id FROM joined")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void naturalJoinAndIlikeAreErrorsOnBigQueryOnly() {
    assertThat(headlines("joined", "bigquery"))
        .containsExactly("models/joined.sql:3:1: error[EBB150]: NATURAL JOIN cannot be written for bigquery");
    assertThat(headlines("case_insensitive", "bigquery"))
        .containsExactly("models/case_insensitive.sql:1:38: error[EBB150]: ILIKE cannot be written for bigquery");
    for (String other : List.of("duckdb", "postgres", "snowflake", "redshift", "databricks")) {
      assertThat(headlines("joined", other)).as(other).isEmpty();
      assertThat(headlines("case_insensitive", other)).as(other).isEmpty();
    }
  }

  @Test
  void aComputedIntervalIsAnErrorWhereTheWarehouseTakesLiteralsOnly() {
    // Located in the file as written, where {{vars.days}} is longer than the 7 it renders to.
    assertThat(headlines("computed_interval", "postgres"))
        .containsExactly("models/computed_interval.sql:1:25: error[EBB151]: an INTERVAL of a computed quantity cannot be written for postgres");
    assertThat(headlines("computed_interval", "duckdb")).isEmpty();
    assertThat(headlines("computed_interval", "bigquery")).isEmpty();
    assertThat(headlines("interval_range", "snowflake")).singleElement().asString().contains("error[EBB151]: an INTERVAL literal spanning several units");
    assertThat(headlines("interval_range", "postgres")).isEmpty();
  }

  @Test
  void aModelReadingAnUnwritableModelCannotBeWrittenEitherAndSaysWhere() {
    Dialect bigquery = Dialects.byName("bigquery").orElseThrow();
    assertThat(headlines("reads_joined", "bigquery")).singleElement().asString().startsWith("models/joined.sql:3:1:");
    assertThatThrownBy(() -> compiler.query("reads_joined", bigquery))
        .isInstanceOf(UnwritableSqlException.class)
        .hasMessageContaining("models/joined.sql:3:1: error[EBB150]");
  }

  private static List<String> headlines(String model, String dialect) {
    return compiler.unwritable(model, Dialects.byName(dialect).orElseThrow()).stream().map(Diagnostic::headline).toList();
  }
}
