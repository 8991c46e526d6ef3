package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.dialect.TestingDialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiled model SQL runs on a real warehouse: embedded DuckDB executes every model of the
 * analytics suite and the TPC-H queries, upstream models inlined, and returns the columns the
 * analysis predicted.
 */
class CompiledModelSqlIT {

  /**
   * Models that validate but whose DuckDB SQL does not run yet, because the dialect (a Calcite
   * PostgreSQL dialect for now) writes a function the DuckDB way it does not know: TIMESTAMPDIFF.
   */
  private static final java.util.Set<String> DIALECT_GAPS = java.util.Set.of("days_since");

  @Test
  void analyticsModelsRunOnDuckDb() throws SQLException {
    ModelSqlCompiler compiler = compile(analyticsProject());
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckdb.createStatement()) {
      createAnalyticsTables(st);
      List<String> failures = new ArrayList<>();
      for (String model : compiler.analysis().order()) {
        if (DIALECT_GAPS.contains(model)) {
          continue;
        }
        String sql = compiler.compile(model, Dialects.byName("duckdb").orElseThrow());
        try (Statement query = duckdb.createStatement(); ResultSet rows = query.executeQuery(sql)) {
          int expectedColumns = compiler.analysis().models().get(model).columns().size();
          assertThat(rows.getMetaData().getColumnCount()).as(model).isEqualTo(expectedColumns);
          for (int i = 1; i <= expectedColumns; i++) {
            assertThat(rows.getMetaData().getColumnLabel(i)).isEqualTo(compiler.analysis().models().get(model).columns().get(i - 1).name());
          }
        } catch (SQLException e) {
          failures.add(model + ": " + e.getMessage().lines().findFirst().orElse("") + "\n" + sql);
        }
      }
      assertThat(failures).isEmpty();
    }
  }

  /**
   * Redshift refuses a WITH nested in a CTE, so its SQL has every CTE moved to the top. DuckDB
   * takes both forms: each model returns the same rows either way, also models whose CTEs share
   * names across levels, shadow an upstream model, or sit in subqueries.
   */
  @Test
  void movingEveryCteToTheTopKeepsEachModelsRows() throws SQLException {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    AnalyticsModelsTest.models().forEach(project::model);
    project
        .model("cte_paid", """
            WITH paid AS (SELECT user_id, SUM(amount) AS amount FROM analytics.orders WHERE status = 'paid' GROUP BY user_id)
            SELECT u.id AS user_id, u.email, COALESCE(p.amount, 0) AS paid_amount FROM analytics.users u LEFT JOIN paid p ON p.user_id = u.id
            """)
        .model("cte_ranked", """
            WITH paid AS (SELECT user_id, paid_amount FROM cte_paid WHERE paid_amount > 0),
                 ranked AS (SELECT user_id, row_number() OVER (ORDER BY paid_amount DESC, user_id) AS paid_rank FROM paid)
            SELECT c.user_id, c.email, r.paid_rank FROM cte_paid c JOIN ranked r ON r.user_id = c.user_id
            """)
        .model("cte_shadowing", """
            WITH cte_paid AS (SELECT id AS user_id FROM analytics.users WHERE is_active)
            SELECT r.user_id, r.paid_rank, s.orders
            FROM cte_ranked r
            JOIN cte_paid a ON a.user_id = r.user_id
            JOIN (WITH o AS (SELECT user_id FROM analytics.orders) SELECT user_id, COUNT(*) AS orders FROM o GROUP BY user_id) s
              ON s.user_id = r.user_id
            WHERE r.user_id IN (WITH e AS (SELECT user_id FROM analytics.events) SELECT user_id FROM e)
            """);
    ModelSqlCompiler compiler = compile(project.build());
    Dialect duckdb = Dialects.byName("duckdb").orElseThrow();
    Dialect topLevelWith = TestingDialects.withoutNestedWith(duckdb);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement st = connection.createStatement()) {
      createAnalyticsTables(st);
      for (String model : compiler.analysis().order()) {
        if (DIALECT_GAPS.contains(model)) {
          continue;
        }
        String nested = compiler.compile(model, duckdb);
        String hoisted = compiler.compile(model, topLevelWith);
        assertThat(rows(connection, hoisted)).as("%s:%n%s", model, hoisted).isEqualTo(rows(connection, nested));
      }
      assertThat(rows(connection, compiler.compile("cte_shadowing", topLevelWith))).isNotEmpty();
    }
  }

  /** Every row as text, sorted: the result as a multiset. */
  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
        }
        rows.add(String.join(", ", row));
      }
    }
    rows.sort(null);
    return rows;
  }

  @Test
  void tpchQueriesRunOnDuckDb() throws SQLException {
    ModelSqlCompiler compiler = compile(TestingProjectFiles.load(TestingProjectFiles.resource("tpch")));
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckdb.createStatement()) {
      st.execute("CREATE SCHEMA tpch");
      for (var table : TestingProjectFiles.load(TestingProjectFiles.resource("tpch")).catalog().tables()) {
        String columns = String.join(", ", table.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        st.execute("CREATE TABLE tpch." + table.name() + " (" + columns + ")");
      }
      for (String model : compiler.analysis().order()) {
        String sql = compiler.compile(model, Dialects.byName("duckdb").orElseThrow());
        assertThatCode(() -> { try (Statement query = duckdb.createStatement()) { query.executeQuery(sql).close(); } }).as("%s:%n%s", model, sql).doesNotThrowAnyException();
      }
    }
  }

  private static void createAnalyticsTables(Statement st) throws SQLException {
    st.execute("CREATE SCHEMA analytics");
    st.execute("CREATE TABLE analytics.users (id BIGINT, email VARCHAR, first_name VARCHAR, last_name VARCHAR, country VARCHAR, created_at TIMESTAMP, is_active BOOLEAN)");
    st.execute("CREATE TABLE analytics.orders (id BIGINT, user_id BIGINT, amount DECIMAL(12, 2), status VARCHAR, ordered_at TIMESTAMP)");
    st.execute("CREATE TABLE analytics.events (id BIGINT, user_id BIGINT, name VARCHAR, properties VARCHAR, occurred_at TIMESTAMPTZ, day DATE)");
    st.execute("INSERT INTO analytics.users VALUES (1, 'ada@acme.example', 'Ada', 'L', 'GB', TIMESTAMP '2024-01-01 10:00:00', true), (2, 'bob@x.example', 'Bob', NULL, 'US', now()::TIMESTAMP, true)");
    st.execute("INSERT INTO analytics.orders VALUES (10, 1, 150.00, 'paid', TIMESTAMP '2024-02-01 00:00:00'), (11, 1, 20.50, 'paid', now()::TIMESTAMP), (12, 2, 5.00, 'refunded', now()::TIMESTAMP)");
    st.execute("INSERT INTO analytics.events VALUES (100, 1, 'login', '{}', now(), current_date)");
  }

  private static ModelSqlCompiler compile(dev.ebb.compiler.model.Project project) {
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler = CalciteModelAnalyzer.create().analyzeForCompilation(project, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return compiler;
  }

  private static dev.ebb.compiler.model.Project analyticsProject() {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    AnalyticsModelsTest.models().forEach(project::model);
    return project.build();
  }
}
