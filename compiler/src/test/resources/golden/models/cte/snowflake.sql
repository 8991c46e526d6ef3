SELECT
  "USER_ID" AS "user_id",
  "FIRST_ORDER_AT" AS "first_order_at",
  "STAGE" AS "stage"
FROM (
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
) AS "EBB_MODEL"
