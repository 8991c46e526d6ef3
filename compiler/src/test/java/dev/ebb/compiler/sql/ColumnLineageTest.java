package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Column lineage through a three-level model chain, CTEs, joins, aggregates and expressions. */
class ColumnLineageTest {

  private static SqlAnalysis analysis;

  @BeforeAll
  static void analyze() {
    Diagnostics diagnostics = new Diagnostics();
    analysis =
        CalciteModelAnalyzer.create()
            .withLineage(true)
            .analyze(
                TestingProject.create()
                    .withAnalyticsSources()
                    .model("customers", """
                        WITH named AS (
                          SELECT id, email, first_name || ' ' || last_name AS full_name, country FROM analytics.users
                        )
                        SELECT id AS customer_id, lower(email) AS email, full_name,
                               CASE WHEN country = 'US' THEN 'domestic' ELSE country END AS market
                        FROM named
                        """)
                    .model("customer_value", """
                        SELECT c.customer_id, c.email, c.full_name, SUM(o.amount) AS ltv,
                               COALESCE(MAX(o.ordered_at), MIN(c2.created_at)) AS last_touch
                        FROM customers c
                        JOIN analytics.orders o ON o.user_id = c.customer_id
                        JOIN analytics.users c2 ON c2.id = c.customer_id
                        GROUP BY c.customer_id, c.email, c.full_name
                        """)
                    .model("vip_contacts", """
                        SELECT customer_id AS contact_id, email, full_name AS name,
                               ltv * 1.1 AS projected_ltv,
                               row_number() OVER (ORDER BY ltv DESC) AS rank_by_value,
                               'vip' AS segment
                        FROM customer_value
                        WHERE ltv > 1000
                        """)
                    .build(),
                diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void firstLevelFollowsCtesAndExpressions() {
    assertThat(direct("customers", "customer_id")).containsExactly("analytics.users.id");
    assertThat(direct("customers", "email")).containsExactly("analytics.users.email");
    assertThat(direct("customers", "full_name")).containsExactly("analytics.users.first_name", "analytics.users.last_name");
    assertThat(direct("customers", "market")).containsExactly("analytics.users.country");
  }

  @Test
  void secondLevelMixesModelAndSourceColumns() {
    assertThat(direct("customer_value", "full_name")).containsExactly("customers.full_name");
    assertThat(direct("customer_value", "ltv")).containsExactly("analytics.orders.amount");
    assertThat(direct("customer_value", "last_touch")).containsExactly("analytics.orders.ordered_at", "analytics.users.created_at");
    assertThat(sources("customer_value", "full_name")).containsExactly("analytics.users.first_name", "analytics.users.last_name");
    assertThat(analysis.models().get("customer_value").column("full_name").orElseThrow().directOrigins().get(0).kind())
        .isEqualTo(ColumnRef.Kind.MODEL);
  }

  @Test
  void thirdLevelComposesThroughTheChain() {
    assertThat(direct("vip_contacts", "name")).containsExactly("customer_value.full_name");
    assertThat(sources("vip_contacts", "name")).containsExactly("analytics.users.first_name", "analytics.users.last_name");
    assertThat(sources("vip_contacts", "contact_id")).containsExactly("analytics.users.id");
    assertThat(sources("vip_contacts", "projected_ltv")).containsExactly("analytics.orders.amount");
    assertThat(sources("vip_contacts", "rank_by_value")).containsExactly("analytics.orders.amount");
  }

  @Test
  void constantsHaveNoOrigin() {
    assertThat(direct("vip_contacts", "segment")).isEmpty();
  }

  @Test
  void lineageIsOffByDefault() {
    SqlAnalysis withoutLineage =
        CalciteModelAnalyzer.create()
            .analyze(TestingProject.create().withAnalyticsSources().model("m", "select id from analytics.users").build(), new Diagnostics());
    assertThat(withoutLineage.models().get("m").columns().get(0).directOrigins()).isEmpty();
  }

  private static List<String> direct(String model, String column) {
    return analysis.models().get(model).column(column).orElseThrow().directOrigins().stream().map(ColumnRef::toString).toList();
  }

  private static List<String> sources(String model, String column) {
    return analysis.models().get(model).column(column).orElseThrow().sourceOrigins().stream().map(ColumnRef::toString).toList();
  }
}
