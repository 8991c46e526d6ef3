package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.ebb.compiler.testing.IndependentSqlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiled model SQL for every dialect, against {@code golden/models/<case>/<dialect>.sql}.
 * Regenerate with {@code mvn -pl compiler test -Dtest=ModelSqlGoldenTest -Dgolden.update=true}.
 */
class ModelSqlGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/models");
  private static final List<String> CASES = List.of(
          "joins", "cte", "order_recency", "model_on_model", "babel_syntax", "cte_chain",
          "recursive_cte", "natural_and_using", "unnest_alias", "intervals", "literals");
  private static ModelSqlCompiler compiler;

  @BeforeAll
  static void analyze() {
    Diagnostics diagnostics = new Diagnostics();
    compiler =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(
                TestingProject.create()
                    .withAnalyticsSources()
                    .var("min_ltv", 100)
                    .model("joins", """
                        SELECT u.id AS customer_id, u.email, SUM(o.amount) AS ltv, MAX(o.ordered_at) AS last_order_at
                        FROM analytics.users u
                        JOIN analytics.orders o ON o.user_id = u.id
                        LEFT JOIN analytics.events e ON e.user_id = u.id AND e.name = 'login'
                        WHERE o.status <> 'refunded'
                        GROUP BY u.id, u.email
                        HAVING SUM(o.amount) >= {{vars.min_ltv}}
                        """)
                    .model("cte", """
                        WITH firsts AS (
                          SELECT user_id, MIN(ordered_at) AS first_order_at FROM analytics.orders GROUP BY user_id
                        )
                        SELECT u.id AS user_id, f.first_order_at,
                               CASE WHEN f.first_order_at IS NULL THEN 'lead' ELSE 'customer' END AS stage
                        FROM analytics.users u LEFT JOIN firsts f ON f.user_id = u.id
                        """)
                    .model("order_recency", """
                        SELECT id AS order_id, user_id,
                               row_number() OVER (PARTITION BY user_id ORDER BY ordered_at DESC) AS recency_rank,
                               SUM(amount) OVER (PARTITION BY user_id) AS user_total
                        FROM analytics.orders
                        WHERE ordered_at >= date_trunc('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
                        """)
                    .model("model_on_model", """
                        WITH ranked AS (SELECT * FROM order_recency WHERE recency_rank = 1)
                        SELECT j.customer_id, j.email, j.ltv, c.stage, r.order_id AS latest_order_id
                        FROM joins j
                        JOIN cte c ON c.user_id = j.customer_id
                        LEFT JOIN ranked r ON r.user_id = j.customer_id
                        """)
                    .model("cte_chain_paid", """
                        WITH paid AS (
                          SELECT user_id, SUM(amount) AS amount FROM analytics.orders WHERE status = 'paid' GROUP BY user_id
                        )
                        SELECT u.id AS user_id, u.email, COALESCE(p.amount, 0) AS paid_amount
                        FROM analytics.users u LEFT JOIN paid p ON p.user_id = u.id
                        """)
                    .model("cte_chain", """
                        WITH paid AS (SELECT user_id, paid_amount FROM cte_chain_paid WHERE paid_amount > 0),
                             ranked AS (SELECT user_id, row_number() OVER (ORDER BY paid_amount DESC) AS paid_rank FROM paid)
                        SELECT c.user_id, c.email, r.paid_rank
                        FROM cte_chain_paid c JOIN ranked r ON r.user_id = c.user_id
                        """)
                    .model("babel_syntax", """
                        SELECT id::varchar AS user_key, lower(email) AS email, split_part(email, '@', 2) AS domain
                        FROM analytics.users
                        WHERE email ILIKE '%@acme.example' AND coalesce(country, 'US') = 'US'
                        """)
                    .model("recursive_cte", """
                        WITH RECURSIVE numbers (n) AS (
                          SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 3
                        )
                        SELECT j.customer_id, numbers.n FROM joins j CROSS JOIN numbers
                        """)
                    .model("natural_and_using", """
                        SELECT *
                        FROM (SELECT id AS user_id, email FROM analytics.users) u
                        NATURAL JOIN (SELECT user_id, amount FROM analytics.orders) o
                        JOIN (SELECT user_id, name FROM analytics.events) e USING (user_id)
                        """)
                    .model("unnest_alias", """
                        SELECT u.id, tag FROM analytics.users u CROSS JOIN UNNEST(ARRAY['a', 'b']) AS tag
                        """)
                    .model("intervals", """
                        SELECT id,
                               ordered_at + INTERVAL '90' DAY AS due_at,
                               ordered_at - INTERVAL 7 DAY AS week_before,
                               ordered_at + INTERVAL '2' HOUR AS later
                        FROM analytics.orders
                        """)
                    .model("literals", """
                        SELECT id,
                               CASE WHEN amount > 100 THEN 'big' ELSE 'small' END AS size,
                               'it''s' AS quoted,
                               1.5E2 AS float_value,
                               DATE '2024-02-29' AS leap_day
                        FROM analytics.orders
                        WHERE status IN ('paid', 'refunded') AND amount >= 10
                        """)
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> compiledSqlMatchesGoldenFiles() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String model : CASES) {
      for (Dialect dialect : Dialects.all()) {
        tests.add(DynamicTest.dynamicTest(model + "/" + dialect.name(), () -> check(model, dialect)));
      }
    }
    return tests.stream();
  }

  @Test
  void compilationIsDeterministic() {
    Dialect duckdb = Dialects.byName("duckdb").orElseThrow();
    assertThat(compiler.compile("model_on_model", duckdb)).isEqualTo(compiler.compile("model_on_model", duckdb));
  }

  @Test
  void modelCteNamedLikeAnUpstreamModelStaysInItsOwnScope() {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler shadowing =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(
                TestingProject.create()
                    .withAnalyticsSources()
                    .model("base", "select id from analytics.users")
                    .model("middle", "select id from base")
                    .model("top", "with base as (select id from analytics.orders) select m.id from middle m join base b on b.id = m.id")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    String sql = shadowing.compile("top", Dialects.byName("postgres").orElseThrow());
    assertThat(sql).startsWith("WITH\n\"base\" AS (").contains("\"middle\" AS (").contains("SELECT *\nFROM (\n  WITH\n  \"base\" AS (");
  }

  @Test
  void onWarehousesWithoutNestedWithEveryCteIsAtTheTopAndTheSqlParses() {
    for (Dialect dialect : Dialects.all().stream().filter(d -> !d.nestedWith()).toList()) {
      for (String model : CASES.stream().filter(m -> compiler.unwritable(m, dialect).isEmpty()).toList()) {
        String sql = compiler.compile(model, dialect);
        IndependentSqlParser.parse(sql, dialect);
        // Each query is written one clause a line: a WITH anywhere but on the first line is nested.
        assertThat(sql.lines().skip(1).map(String::strip)).as("%s on %s:%n%s", model, dialect.name(), sql).noneMatch(line -> line.startsWith("WITH"));
      }
    }
  }

  /** Every golden file that holds SQL parses with a parser of its dialect that is not Calcite. */
  @TestFactory
  Stream<DynamicTest> goldenFilesParseWithAnIndependentParser() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String model : CASES) {
      for (Dialect dialect : Dialects.all()) {
        tests.add(DynamicTest.dynamicTest(model + "/" + dialect.name(), () -> {
          String golden = Files.readString(GOLDEN.resolve(model).resolve(dialect.name() + ".sql"));
          if (!golden.startsWith(UNWRITABLE)) {
            IndependentSqlParser.parse(golden, dialect);
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void onWarehousesWithoutNestedWithACteNamedLikeAnUpstreamModelIsRenamedInItsScope() {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler shadowing =
        CalciteModelAnalyzer.create()
            .analyzeForCompilation(
                TestingProject.create()
                    .withAnalyticsSources()
                    .model("base", "with paid as (select user_id from analytics.orders) select user_id as id from paid")
                    .model("middle", "with paid as (select id from base) select id from paid")
                    .model("top", "with base as (select id from analytics.orders) select m.id from middle m join base b on b.id = m.id")
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    ModelQuery query = shadowing.query("top", Dialects.byName("redshift").orElseThrow());
    assertThat(query.ctes())
        .extracting(cte -> cte.substring(0, cte.indexOf(" AS (")))
        .containsExactly("\"base__paid\"", "\"base\"", "\"middle__paid\"", "\"middle\"", "\"base_2\"");
    assertThat(query.ctes().get(3)).contains("\"middle__paid\" AS \"paid\"");
    assertThat(query.body()).contains("\"middle\" AS \"m\"").contains("\"base_2\" AS \"b\"");
    assertThat(query.sql()).startsWith("WITH\n\"base__paid\" AS (\n");
  }

  /** What a golden file holds for a model that cannot be written for its dialect: the errors. */
  private static final String UNWRITABLE = "-- cannot be written for this warehouse\n";

  private static void check(String model, Dialect dialect) throws IOException {
    String actual;
    try {
      actual = compiler.compile(model, dialect) + "\n";
    } catch (UnwritableSqlException e) {
      actual = UNWRITABLE + e.diagnostics().stream().map(d -> "-- " + d.headline() + "\n").reduce("", String::concat);
    }
    Path expected = GOLDEN.resolve(model).resolve(dialect.name() + ".sql");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual);
      return;
    }
    assertThat(expected).as("golden file %s (regenerate with -Dgolden.update=true)", expected).exists();
    String golden = Files.readString(expected);
    if (!actual.equals(golden)) {
      throw new AssertionError(
          "compiled " + model + " for " + dialect.name() + " differs from " + expected + " (-golden +actual); regenerate with -Dgolden.update=true\n" + diff(golden, actual));
    }
  }

  /** The differing lines with two lines of context, like a unified diff without hunk headers. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, start - 2); i < start; i++) {
      out.append("  ").append(a.get(i)).append('\n');
    }
    a.subList(start, endA).forEach(line -> out.append("- ").append(line).append('\n'));
    b.subList(start, endB).forEach(line -> out.append("+ ").append(line).append('\n'));
    for (int i = endA; i < Math.min(a.size(), endA + 2); i++) {
      out.append("  ").append(a.get(i)).append('\n');
    }
    return out.toString();
  }

  @Test
  void diffShowsOnlyTheChangedLines() {
    assertThat(diff("a\nb\nc\nd\ne\nf\n", "a\nb\nc\nX\ne\nf\n")).isEqualTo("  b\n  c\n- d\n+ X\n  e\n  f\n");
  }
}
