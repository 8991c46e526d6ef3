SELECT
  "id" AS "order_id",
  "user_id",
    ROW_NUMBER() OVER (PARTITION BY "user_id" ORDER BY "ordered_at" DESC) AS "recency_rank",
    SUM("amount") OVER (PARTITION BY "user_id") AS "user_total"
FROM
  "analytics"."orders"
WHERE
  "ordered_at" >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
