SELECT
  "CUSTOMER_ID" AS "customer_id",
  "EMAIL" AS "email",
  "LTV" AS "ltv",
  "LAST_ORDER_AT" AS "last_order_at"
FROM (
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
) AS "EBB_MODEL"
