package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** Compiled SQL keeps the meaning of unquoted names on warehouses that fold their case. */
class IdentifierFoldingTest {

  private static ModelSqlCompiler compile(String sql) {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(TestingProject.create().withAnalyticsSources().model("m", sql).build(), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return compiler;
  }

  @Test
  void snowflakeUpperCasesUnquotedNamesAndGivesOutputsBackTheirNames() {
    String sql = compile("SELECT u.id AS customer_id, u.email AS \"Email Address\" FROM analytics.users u")
        .compile("m", Dialects.byName("snowflake").orElseThrow());
    assertThat(sql)
        .contains("\"ANALYTICS\".\"USERS\" AS \"U\"")
        .contains("\"U\".\"ID\" AS \"CUSTOMER_ID\"")
        .contains("\"U\".\"EMAIL\" AS \"Email Address\"")
        .startsWith("SELECT\n  \"CUSTOMER_ID\" AS \"customer_id\",\n  \"Email Address\" AS \"Email Address\"");
  }

  @Test
  void postgresLowerCasesUnquotedNamesAndNeedsNoWrapperForLowerCaseOutputs() {
    String sql = compile("SELECT U.ID AS customer_id FROM ANALYTICS.USERS U")
        .compile("m", Dialects.byName("postgres").orElseThrow());
    assertThat(sql).contains("\"analytics\".\"users\" AS \"u\"").doesNotContain("ebb_model");
  }

  @Test
  void bigQueryKeepsNamesAsWritten() {
    String sql = compile("SELECT u.id AS Customer_Id FROM analytics.users u")
        .compile("m", Dialects.byName("bigquery").orElseThrow());
    assertThat(sql).contains("Customer_Id").doesNotContain("ebb_model");
  }
}
