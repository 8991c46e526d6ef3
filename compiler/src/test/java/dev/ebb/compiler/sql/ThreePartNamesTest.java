package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.testing.IndependentSqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sources in another database ({@code database:} in sources.yml; BigQuery's project) are read by
 * {@code database.schema.table}, validated like any source and written with the database.
 */
class ThreePartNamesTest {

  private static final String MODEL = """
      SELECT u.id, u.email, o.amount
      FROM raw.shop.orders o
      JOIN analytics.users u ON u.id = o.user_id
      """;

  @Test
  void aDeclaredThreePartNameValidatesAndIsWrittenWithItsDatabase() {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler = analyze(MODEL, diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).isEmpty();
    assertThat(compiler.analysis().models().get("m").sourceDependencies()).contains("raw.shop.orders");

    assertThat(compile(compiler, "snowflake")).contains("FROM\n    \"RAW\".\"SHOP\".\"ORDERS\" AS \"O\"");
    assertThat(compile(compiler, "databricks")).contains("`raw`.`shop`.`orders` `o`");
    assertThat(compile(compiler, "redshift")).contains("\"raw\".\"shop\".\"orders\" AS \"o\"");
    assertThat(compile(compiler, "bigquery")).contains("raw.shop.orders AS o");
  }

  @Test
  void anUndeclaredThreePartNameIsALocatedErrorSayingWhatToDeclare() {
    Diagnostics diagnostics = new Diagnostics();
    analyze("SELECT id FROM other.shop.orders", diagnostics);
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.headline()).isEqualTo("models/m.sql:1:16: error[EBB132]: table or model 'other.shop.orders' not found");
      assertThat(d.hint()).contains("database: other").contains("schema: shop");
    });
  }

  @Test
  void aTwoPartNameDoesNotReachIntoAnotherDatabase() {
    Diagnostics diagnostics = new Diagnostics();
    analyze("SELECT id FROM shop.orders", diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
        .containsExactly("models/m.sql:1:16: error[EBB132]: table or model 'shop.orders' not found");
  }

  private static ModelSqlCompiler analyze(String sql, Diagnostics diagnostics) {
    return CalciteModelAnalyzer.create()
        .analyzeForCompilation(
            TestingProject.create()
                .withAnalyticsSources()
                .source("raw.shop.orders", "id BIGINT", "user_id BIGINT", "amount DECIMAL(12, 2)")
                .model("m", sql)
                .build(),
            diagnostics);
  }

  private static String compile(ModelSqlCompiler compiler, String dialect) {
    String sql = compiler.compile("m", Dialects.byName(dialect).orElseThrow());
    IndependentSqlParser.parse(sql, Dialects.byName(dialect).orElseThrow());
    return sql;
  }
}
