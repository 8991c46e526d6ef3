WITH
"cte__firsts" AS (
  SELECT
    "orders"."user_id",
    MIN("orders"."ordered_at") AS "first_order_at"
  FROM
    "analytics"."orders" AS "orders"
  GROUP BY
    "orders"."user_id"
),
"cte" AS (
  SELECT
    "u"."id" AS "user_id",
    "f"."first_order_at",
      CASE
      WHEN "f"."first_order_at" IS NULL
      THEN 'lead'
      ELSE 'customer'
      END AS "stage"
  FROM
    "analytics"."users" AS "u"
    LEFT JOIN "cte__firsts" AS "f" ON "f"."user_id" = "u"."id"
),
"joins" AS (
  SELECT
    "u"."id" AS "customer_id",
    "u"."email",
    SUM("o"."amount") AS "ltv",
    MAX("o"."ordered_at") AS "last_order_at"
  FROM
    "analytics"."users" AS "u"
    INNER JOIN "analytics"."orders" AS "o" ON "o"."user_id" = "u"."id"
    LEFT JOIN "analytics"."events" AS "e" ON "e"."user_id" = "u"."id" AND "e"."name" = 'login'
  WHERE
    "o"."status" <> 'refunded'
  GROUP BY
    "u"."id",
    "u"."email"
  HAVING SUM("o"."amount") >= CAST(100 AS DECIMAL(38, 2))
),
"order_recency" AS (
  SELECT
    "orders"."id" AS "order_id",
    "orders"."user_id",
      ROW_NUMBER() OVER (PARTITION BY "orders"."user_id" ORDER BY "orders"."ordered_at" DESC) AS "recency_rank",
      SUM("orders"."amount") OVER (PARTITION BY "orders"."user_id") AS "user_total"
  FROM
    "analytics"."orders" AS "orders"
  WHERE
    "orders"."ordered_at" >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
),
"ranked" AS (
  SELECT
    "order_recency"."order_id",
    "order_recency"."user_id",
    "order_recency"."recency_rank",
    "order_recency"."user_total"
  FROM
    "order_recency" AS "order_recency"
  WHERE
    "order_recency"."recency_rank" = CAST(1 AS BIGINT)
)
SELECT
  "j"."customer_id",
  "j"."email",
  "j"."ltv",
  "c"."stage",
  "r"."order_id" AS "latest_order_id"
FROM
  "joins" AS "j"
  INNER JOIN "cte" AS "c" ON "c"."user_id" = "j"."customer_id"
  LEFT JOIN "ranked" AS "r" ON "r"."user_id" = "j"."customer_id"
