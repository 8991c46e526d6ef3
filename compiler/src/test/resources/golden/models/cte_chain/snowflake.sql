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
        "USER_ID",
        SUM("AMOUNT") AS "AMOUNT"
      FROM
        "ANALYTICS"."ORDERS"
      WHERE
        "STATUS" = 'paid'
      GROUP BY
        "USER_ID"
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
      "USER_ID",
      "PAID_AMOUNT"
    FROM
      "CTE_CHAIN_PAID"
    WHERE
      "PAID_AMOUNT" > 0
  ),
  "RANKED" AS (
    SELECT
      "USER_ID",
        ROW_NUMBER() OVER (ORDER BY "PAID_AMOUNT" DESC) AS "PAID_RANK"
    FROM
      "PAID"
  )
  SELECT
    "C"."USER_ID",
    "C"."EMAIL",
    "R"."PAID_RANK"
  FROM
    "CTE_CHAIN_PAID" AS "C"
    INNER JOIN "RANKED" AS "R" ON "R"."USER_ID" = "C"."USER_ID"
) AS "EBB_MODEL"
