WITH
"cte_chain_paid" AS (
  WITH
  "paid" AS (
    SELECT
      "orders"."user_id",
      SUM("orders"."amount") AS "amount"
    FROM
      "analytics"."orders" AS "orders"
    WHERE
      "orders"."status" = 'paid'
    GROUP BY
      "orders"."user_id"
  )
  SELECT
    "u"."id" AS "user_id",
    "u"."email",
    COALESCE("p"."amount", 0) AS "paid_amount"
  FROM
    "analytics"."users" AS "u"
    LEFT JOIN "paid" AS "p" ON "p"."user_id" = "u"."id"
),
"paid" AS (
  SELECT
    "cte_chain_paid"."user_id",
    "cte_chain_paid"."paid_amount"
  FROM
    "cte_chain_paid" AS "cte_chain_paid"
  WHERE
    "cte_chain_paid"."paid_amount" > CAST(0 AS DECIMAL(38, 2))
),
"ranked" AS (
  SELECT
    "paid"."user_id",
      ROW_NUMBER() OVER (ORDER BY "paid"."paid_amount" DESC) AS "paid_rank"
  FROM
    "paid" AS "paid"
)
SELECT
  "c"."user_id",
  "c"."email",
  "r"."paid_rank"
FROM
  "cte_chain_paid" AS "c"
  INNER JOIN "ranked" AS "r" ON "r"."user_id" = "c"."user_id"
