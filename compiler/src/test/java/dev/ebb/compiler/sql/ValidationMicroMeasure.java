package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;

/**
 * A quick measure of validation speed over 1,000 generated models (a third reading other models).
 * Not a test: run {@code main} by hand. The timed benchmark lives in {@code bench/}.
 *
 * <p>Usage: {@code ValidationMicroMeasure [models] [warm-rounds] [lineage]}
 */
public final class ValidationMicroMeasure {

  private ValidationMicroMeasure() {}

  public static void main(String[] args) {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean lineage = args.length > 2 && Boolean.parseBoolean(args[2]);
    Project project = generate(count);
    CalciteModelAnalyzer analyzer = CalciteModelAnalyzer.create().withLineage(lineage);
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    int valid = analyzer.analyze(project, diagnostics).models().size();
    long cold = System.nanoTime() - start;
    System.out.printf("cold: %d models (%d valid, %d diagnostics) in %d ms; %d ms since JVM start%n",
        count, valid, diagnostics.size(), cold / 1_000_000, System.currentTimeMillis() - jvmStart);
    for (int round = 1; round <= rounds; round++) {
      start = System.nanoTime();
      analyzer.analyze(project, new Diagnostics());
      long elapsed = System.nanoTime() - start;
      System.out.printf("warm round %d: %d ms, %.0f models/s%n", round, elapsed / 1_000_000, count / (elapsed / 1e9));
    }
  }

  static Project generate(int count) {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    for (int i = 0; i < count; i++) {
      String sql =
          switch (i % 3) {
            case 0 -> """
                SELECT u.id AS customer_id, u.email, SUM(o.amount) AS ltv, MAX(o.ordered_at) AS last_order_at
                FROM analytics.users u JOIN analytics.orders o ON o.user_id = u.id
                WHERE o.status <> 'refunded' AND u.country = 'C%d'
                GROUP BY u.id, u.email
                HAVING SUM(o.amount) >= {{vars.min_ltv}}
                """.formatted(i);
            case 1 -> """
                WITH recent AS (
                  SELECT user_id, name, occurred_at FROM analytics.events WHERE day >= DATE '2024-01-01'
                )
                SELECT user_id, COUNT(*) AS events_%d, MAX(occurred_at) AS last_seen,
                       CASE WHEN COUNT(*) > 10 THEN 'active' ELSE 'idle' END AS activity
                FROM recent GROUP BY user_id
                """.formatted(i);
            default -> """
                SELECT m.customer_id, lower(m.email) AS email, m.ltv * 1.1 AS projected,
                       row_number() OVER (ORDER BY m.ltv DESC) AS rank_%d
                FROM m%05d m
                WHERE m.ltv > 0
                """.formatted(i, i - 2);
          };
      project.model("m%05d".formatted(i), sql);
    }
    return project.build();
  }
}
