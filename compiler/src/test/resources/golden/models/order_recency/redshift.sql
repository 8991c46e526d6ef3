SELECT
  "orders"."id" AS "order_id",
  "orders"."user_id",
    ROW_NUMBER() OVER (PARTITION BY "orders"."user_id" ORDER BY "orders"."ordered_at" DESC) AS "recency_rank",
    SUM("orders"."amount") OVER (PARTITION BY "orders"."user_id") AS "user_total"
FROM
  "analytics"."orders" AS "orders"
WHERE
  "orders"."ordered_at" >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
