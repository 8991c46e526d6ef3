SELECT
  "CUSTOMER_ID" AS "customer_id",
  "EMAIL" AS "email",
  "LTV" AS "ltv",
  "STAGE" AS "stage",
  "LATEST_ORDER_ID" AS "latest_order_id"
FROM (
  WITH
  "CTE" AS (
    WITH
    "FIRSTS" AS (
      SELECT
        "USER_ID",
        MIN("ORDERED_AT") AS "FIRST_ORDER_AT"
      FROM
        "ANALYTICS"."ORDERS"
      GROUP BY
        "USER_ID"
    )
    SELECT
      "U"."ID" AS "USER_ID",
      "F"."FIRST_ORDER_AT",
        CASE
        WHEN "F"."FIRST_ORDER_AT" IS NULL
        THEN 'lead'
        ELSE 'customer'
        END AS "STAGE"
    FROM
      "ANALYTICS"."USERS" AS "U"
      LEFT JOIN "FIRSTS" AS "F" ON "F"."USER_ID" = "U"."ID"
  ),
  "JOINS" AS (
    SELECT
      "U"."ID" AS "CUSTOMER_ID",
      "U"."EMAIL",
      SUM("O"."AMOUNT") AS "LTV",
      MAX("O"."ORDERED_AT") AS "LAST_ORDER_AT"
    FROM
      "ANALYTICS"."USERS" AS "U"
      INNER JOIN "ANALYTICS"."ORDERS" AS "O" ON "O"."USER_ID" = "U"."ID"
      LEFT JOIN "ANALYTICS"."EVENTS" AS "E" ON "E"."USER_ID" = "U"."ID" AND "E"."NAME" = 'login'
    WHERE
      "O"."STATUS" <> 'refunded'
    GROUP BY
      "U"."ID",
      "U"."EMAIL"
    HAVING SUM("O"."AMOUNT") >= 100
  ),
  "ORDER_RECENCY" AS (
    SELECT
      "ID" AS "ORDER_ID",
      "USER_ID",
        ROW_NUMBER() OVER (PARTITION BY "USER_ID" ORDER BY "ORDERED_AT" DESC) AS "RECENCY_RANK",
        SUM("AMOUNT") OVER (PARTITION BY "USER_ID") AS "USER_TOTAL"
    FROM
      "ANALYTICS"."ORDERS"
    WHERE
      "ORDERED_AT" >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3 MONTH'
  ),
  "RANKED" AS (
    SELECT
      *
    FROM
      "ORDER_RECENCY"
    WHERE
      "RECENCY_RANK" = 1
  )
  SELECT
    "J"."CUSTOMER_ID",
    "J"."EMAIL",
    "J"."LTV",
    "C"."STAGE",
    "R"."ORDER_ID" AS "LATEST_ORDER_ID"
  FROM
    "JOINS" AS "J"
    INNER JOIN "CTE" AS "C" ON "C"."USER_ID" = "J"."CUSTOMER_ID"
    LEFT JOIN "RANKED" AS "R" ON "R"."USER_ID" = "J"."CUSTOMER_ID"
) AS "EBB_MODEL"
