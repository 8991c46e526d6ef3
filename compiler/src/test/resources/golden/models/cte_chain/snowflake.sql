SELECT
  "USER_ID" AS "user_id",
  "EMAIL" AS "email",
  "PAID_RANK" AS "paid_rank"
FROM (
  WITH
  "CTE_CHAIN_PAID" AS (
    WITH
    "PAID" AS (
      SELECT
        "ORDERS"."USER_ID",
        SUM("ORDERS"."AMOUNT") AS "AMOUNT"
      FROM
        "ANALYTICS"."ORDERS" AS "ORDERS"
      WHERE
        "ORDERS"."STATUS" = 'paid'
      GROUP BY
        "ORDERS"."USER_ID"
    )
    SELECT
      "U"."ID" AS "USER_ID",
      "U"."EMAIL",
      COALESCE("P"."AMOUNT", 0) AS "PAID_AMOUNT"
    FROM
      "ANALYTICS"."USERS" AS "U"
      LEFT JOIN "PAID" AS "P" ON "P"."USER_ID" = "U"."ID"
  ),
  "PAID" AS (
    SELECT
      "CTE_CHAIN_PAID"."USER_ID",
      "CTE_CHAIN_PAID"."PAID_AMOUNT"
    FROM
      "CTE_CHAIN_PAID" AS "CTE_CHAIN_PAID"
    WHERE
      "CTE_CHAIN_PAID"."PAID_AMOUNT" > CAST(0 AS DECIMAL(38, 2))
  ),
  "RANKED" AS (
    SELECT
      "PAID"."USER_ID",
        ROW_NUMBER() OVER (ORDER BY "PAID"."PAID_AMOUNT" DESC) AS "PAID_RANK"
    FROM
      "PAID" AS "PAID"
  )
  SELECT
    "C"."USER_ID",
    "C"."EMAIL",
    "R"."PAID_RANK"
  FROM
    "CTE_CHAIN_PAID" AS "C"
    INNER JOIN "RANKED" AS "R" ON "R"."USER_ID" = "C"."USER_ID"
) AS "EBB_MODEL"
