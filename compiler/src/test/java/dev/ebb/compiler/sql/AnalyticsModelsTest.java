package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Realistic analytics models, the kind a B2B SaaS team syncs, validate clean with the right types. */
class AnalyticsModelsTest {

  private static final Map<String, String> MODELS = new LinkedHashMap<>();
  private static SqlAnalysis analysis;
  private static List<Diagnostic> diagnostics;

  static {
    MODELS.put("active_users", """
        -- users seen in the last 30 days
        SELECT u.id AS user_id, u.email, lower(u.email) AS email_normalized, u.created_at
        FROM analytics.users u
        WHERE u.is_active AND u.created_at >= current_date - INTERVAL '30' DAY
        """);
    MODELS.put("customer_ltv", """
        SELECT u.id AS customer_id, u.email, u.first_name, u.last_name,
               SUM(o.amount) AS ltv, MAX(o.ordered_at) AS last_order_at, COUNT(*) AS order_count
        FROM analytics.users u
        JOIN analytics.orders o ON o.user_id = u.id
        WHERE o.status <> 'refunded'
        GROUP BY u.id, u.email, u.first_name, u.last_name
        HAVING SUM(o.amount) >= {{vars.min_ltv}}
        """);
    MODELS.put("monthly_revenue", """
        SELECT date_trunc('month', o.ordered_at) AS month, SUM(o.amount) AS revenue
        FROM analytics.orders o
        GROUP BY date_trunc('month', o.ordered_at)
        """);
    MODELS.put("latest_order", """
        SELECT user_id, id AS order_id, amount, ordered_at
        FROM analytics.orders
        QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY ordered_at DESC) = 1
        """);
    MODELS.put("order_rank", """
        SELECT id AS order_id, user_id,
               row_number() OVER (PARTITION BY user_id ORDER BY ordered_at) AS order_number,
               SUM(amount) OVER (PARTITION BY user_id ORDER BY ordered_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total,
               lag(ordered_at) OVER (PARTITION BY user_id ORDER BY ordered_at) AS previous_order_at
        FROM analytics.orders
        """);
    MODELS.put("user_segments", """
        SELECT id AS user_id,
               CASE WHEN country IN ('US', 'CA') THEN 'north_america'
                    WHEN country ILIKE 'g%' THEN 'g_countries'
                    ELSE 'rest_of_world' END AS region,
               COALESCE(first_name, 'there') AS greeting_name
        FROM analytics.users
        """);
    MODELS.put("casted", """
        SELECT id::varchar AS user_key, created_at::date AS signup_date, CAST(id AS DOUBLE) AS id_double
        FROM analytics.users
        """);
    MODELS.put("full_names", """
        SELECT id AS user_id, first_name || ' ' || last_name AS full_name,
               concat(first_name, ' ', last_name) AS full_name_concat,
               upper(substring(first_name FROM 1 FOR 1)) AS initial,
               trim(email) AS email_trimmed, length(email) AS email_length
        FROM analytics.users
        """);
    MODELS.put("email_domains", """
        SELECT id AS user_id, split_part(email, '@', 2) AS domain,
               regexp_replace(email, '@.*$', '') AS local_part
        FROM analytics.users
        WHERE email LIKE '%@%'
        """);
    MODELS.put("cte_funnel", """
        WITH signups AS (
          SELECT id AS user_id, created_at FROM analytics.users
        ), first_orders AS (
          SELECT user_id, MIN(ordered_at) AS first_order_at FROM analytics.orders GROUP BY user_id
        )
        SELECT s.user_id, s.created_at, f.first_order_at,
               f.first_order_at IS NOT NULL AS converted
        FROM signups s LEFT JOIN first_orders f ON f.user_id = s.user_id
        """);
    MODELS.put("big_spenders", """
        SELECT id AS user_id, email
        FROM analytics.users
        WHERE id IN (SELECT user_id FROM analytics.orders WHERE amount > 1000)
        """);
    MODELS.put("has_events", """
        SELECT u.id AS user_id
        FROM analytics.users u
        WHERE EXISTS (SELECT 1 FROM analytics.events e WHERE e.user_id = u.id AND e.name = 'login')
        """);
    MODELS.put("contacts_union", """
        SELECT id AS contact_id, email, 'user' AS kind FROM analytics.users
        UNION ALL
        SELECT id AS contact_id, CAST(NULL AS VARCHAR) AS email, 'order' AS kind FROM analytics.orders
        """);
    MODELS.put("event_counts", """
        SELECT user_id, COUNT(*) AS events, COUNT(DISTINCT name) AS distinct_events,
               SUM(CASE WHEN name = 'purchase' THEN 1 ELSE 0 END) AS purchases,
               MAX(occurred_at) AS last_seen_at
        FROM analytics.events
        GROUP BY user_id
        """);
    MODELS.put("days_since", """
        SELECT user_id, MAX(day) AS last_active_day,
               TIMESTAMPDIFF(DAY, MAX(day), current_date) AS days_inactive,
               MAX(day) + INTERVAL '1' DAY AS next_day
        FROM analytics.events
        GROUP BY user_id
        """);
    MODELS.put("order_share", """
        SELECT id AS order_id, amount,
               amount / NULLIF(SUM(amount) OVER (PARTITION BY user_id), 0) AS share_of_user,
               ROUND(amount * 1.2, 2) AS amount_with_tax
        FROM analytics.orders
        """);
    MODELS.put("trial_nudges", """
        SELECT a.user_id, a.email, l.ltv
        FROM active_users a
        LEFT JOIN customer_ltv l ON l.customer_id = a.user_id
        WHERE l.ltv IS NULL
        """);
    MODELS.put("high_value_emails", """
        SELECT c.customer_id, c.email, c.ltv, r.order_number AS orders_ranked
        FROM customer_ltv c
        JOIN order_rank r ON r.user_id = c.customer_id
        WHERE r.order_number = 1
        """);
    MODELS.put("cohorts", """
        SELECT EXTRACT(YEAR FROM created_at) AS cohort_year, EXTRACT(MONTH FROM created_at) AS cohort_month,
               COUNT(*) AS users
        FROM analytics.users
        GROUP BY EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at)
        """);
    MODELS.put("recent_orders", """
        SELECT o.id AS order_id, o.amount
        FROM analytics.orders o
        WHERE o.ordered_at > CURRENT_TIMESTAMP - INTERVAL '7' DAY
          AND o.status NOT IN ('refunded', 'cancelled')
        ORDER BY o.ordered_at DESC
        LIMIT 100
        """);
    MODELS.put("greatest_activity", """
        SELECT u.id AS user_id, GREATEST(u.created_at, MAX(o.ordered_at)) AS last_touch
        FROM analytics.users u LEFT JOIN analytics.orders o ON o.user_id = u.id
        GROUP BY u.id, u.created_at
        """);
    MODELS.put("derived_table", """
        SELECT t.user_id, t.total
        FROM (SELECT user_id, SUM(amount) AS total FROM analytics.orders GROUP BY user_id) AS t
        WHERE t.total > 0
        """);
  }

  static Map<String, String> models() {
    return MODELS;
  }

  @BeforeAll
  static void analyze() {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    MODELS.forEach(project::model);
    Diagnostics collected = new Diagnostics();
    analysis = CalciteModelAnalyzer.create().analyze(project.build(), collected);
    diagnostics = collected.sorted();
  }

  @Test
  void everyModelValidatesClean() {
    assertThat(diagnostics.stream().map(Diagnostic::headline)).isEmpty();
    assertThat(analysis.models()).hasSize(MODELS.size());
    assertThat(MODELS).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void modelsComeAfterTheModelsTheyRead() {
    List<String> order = analysis.order();
    assertThat(order.indexOf("customer_ltv")).isLessThan(order.indexOf("trial_nudges"));
    assertThat(order.indexOf("active_users")).isLessThan(order.indexOf("trial_nudges"));
    assertThat(order.indexOf("order_rank")).isLessThan(order.indexOf("high_value_emails"));
    assertThat(analysis.models().get("trial_nudges").modelDependencies()).containsExactlyInAnyOrder("active_users", "customer_ltv");
    assertThat(analysis.models().get("cte_funnel").sourceDependencies()).containsExactlyInAnyOrder("analytics.users", "analytics.orders");
  }

  @Test
  void outputColumnsCarryTypesAndNullability() {
    assertThat(columns("customer_ltv"))
        .isEqualTo("customer_id BIGINT?, email VARCHAR?, first_name VARCHAR?, last_name VARCHAR?, ltv DECIMAL(38, 2)?, last_order_at TIMESTAMP(0)?, order_count BIGINT");
    assertThat(columns("casted")).isEqualTo("user_key VARCHAR?, signup_date DATE?, id_double DOUBLE?");
    assertThat(columns("cte_funnel")).isEqualTo("user_id BIGINT?, created_at TIMESTAMP(0)?, first_order_at TIMESTAMP(0)?, converted BOOLEAN");
    assertThat(columns("latest_order")).isEqualTo("user_id BIGINT?, order_id BIGINT?, amount DECIMAL(12, 2)?, ordered_at TIMESTAMP(0)?");
    assertThat(columns("monthly_revenue")).isEqualTo("month TIMESTAMP(0)?, revenue DECIMAL(38, 2)?");
    assertThat(columns("days_since")).isEqualTo("user_id BIGINT?, last_active_day DATE?, days_inactive INTEGER?, next_day DATE?");
    assertThat(columns("trial_nudges")).isEqualTo("user_id BIGINT?, email VARCHAR?, ltv DECIMAL(38, 2)?");
  }

  @Test
  void lineageFindsAnOriginForEveryComputedColumn() {
    TestingProject project = TestingProject.create().withAnalyticsSources().var("min_ltv", 100);
    MODELS.forEach(project::model);
    Diagnostics collected = new Diagnostics();
    SqlAnalysis withLineage = CalciteModelAnalyzer.create().withLineage(true).analyze(project.build(), collected);
    assertThat(collected.sorted()).isEmpty();
    List<String> withoutOrigins =
        withLineage.models().values().stream()
            .flatMap(m -> m.columns().stream().filter(c -> c.sourceOrigins().isEmpty()).map(c -> m.name() + "." + c.name()))
            .sorted()
            .toList();
    // Constants and COUNT(*) read no column.
    assertThat(withoutOrigins)
        .containsExactly("cohorts.users", "contacts_union.kind", "customer_ltv.order_count", "event_counts.events");
  }

  private static String columns(String model) {
    return analysis.models().get(model).columns().stream()
        .map(c -> c.name() + " " + c.type() + (c.nullable() ? "?" : ""))
        .collect(Collectors.joining(", "));
  }
}
