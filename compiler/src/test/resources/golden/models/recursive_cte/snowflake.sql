SELECT
  "CUSTOMER_ID" AS "customer_id",
  "N" AS "n"
FROM (
  WITH
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
  )
  SELECT *
  FROM (
    WITH RECURSIVE
    "NUMBERS" ("N") AS (
      SELECT
        1
      UNION ALL
      SELECT
        "N" + 1
      FROM
        "NUMBERS"
      WHERE
        "N" < 3
    )
    SELECT
      "J"."CUSTOMER_ID",
      "NUMBERS"."N"
    FROM
      "JOINS" AS "J"
      CROSS JOIN "NUMBERS"
  ) AS "model"
) AS "EBB_MODEL"
