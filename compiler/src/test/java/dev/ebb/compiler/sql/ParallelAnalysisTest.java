package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.Project;
import org.junit.jupiter.api.Test;

/** Parsing and validating on every core gives exactly what one core gives, problems included. */
class ParallelAnalysisTest {

  @Test
  void parallelAnalysisEqualsSequentialAnalysis() {
    Project project = project(240);
    Diagnostics sequentialProblems = new Diagnostics();
    ModelSqlCompiler sequential =
        CalciteModelAnalyzer.create().withLineage(true).inParallel(false).analyzeForCompilation(project, sequentialProblems);
    assertThat(sequential.analysis().models()).hasSizeGreaterThan(50);
    assertThat(sequentialProblems.size()).isGreaterThan(30);

    for (int round = 0; round < 2; round++) {
      Diagnostics parallelProblems = new Diagnostics();
      ModelSqlCompiler parallel =
          CalciteModelAnalyzer.create().withLineage(true).analyzeForCompilation(project, parallelProblems);

      assertThat(parallelProblems.sorted()).isEqualTo(sequentialProblems.sorted());
      assertThat(parallel.analysis().order()).isEqualTo(sequential.analysis().order());
      assertThat(parallel.analysis().models()).isEqualTo(sequential.analysis().models());
      Dialect redshift = Dialects.byName("redshift").orElseThrow();
      for (String model : sequential.analysis().order()) {
        assertThat(parallel.compile(model, redshift)).isEqualTo(sequential.compile(model, redshift));
      }
    }
  }

  /**
   * Chains of models twelve deep, so that validation runs in many levels, with a problem in every
   * seventh model (which the models reading it then skip) and a cycle.
   */
  private static Project project(int count) {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    for (int i = 0; i < count; i++) {
      String name = "m%04d".formatted(i);
      String sql;
      if (i % 7 == 3) {
        sql = i % 2 == 0 ? "SELECT u.emial AS email FROM analytics.users u" : "SELECT id, FROM analytics.users WHERE";
      } else if (i % 12 == 0) {
        sql = """
            WITH paid AS (SELECT user_id, SUM(amount) AS amount FROM analytics.orders GROUP BY user_id)
            SELECT u.id AS customer_id, u.email, COALESCE(p.amount, 0) AS ltv
            FROM analytics.users u LEFT JOIN paid p ON p.user_id = u.id
            WHERE p.amount >= {{vars.min_ltv}}
            """;
      } else {
        sql = """
            WITH ranked AS (SELECT customer_id, email, ltv, row_number() OVER (ORDER BY ltv DESC) AS r FROM m%04d)
            SELECT customer_id, lower(email) AS email, ltv * 1.1 AS ltv FROM ranked WHERE r > %d
            """.formatted(i - 1, i);
      }
      project.model(name, sql);
    }
    project.model("cycle_a", "SELECT customer_id FROM cycle_b").model("cycle_b", "SELECT customer_id FROM cycle_a");
    return project.build();
  }
}
