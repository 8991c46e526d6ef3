SELECT
  "ID" AS "id",
  "SIZE" AS "size",
  "QUOTED" AS "quoted",
  "FLOAT_VALUE" AS "float_value",
  "LEAP_DAY" AS "leap_day"
FROM (
  SELECT
    "ID",
      CASE
      WHEN "AMOUNT" > 100
      THEN 'big'
      ELSE 'small'
      END AS "SIZE",
    'it''s' AS "QUOTED",
    1.5E2 AS "FLOAT_VALUE",
    DATE '2024-02-29' AS "LEAP_DAY"
  FROM
    "ANALYTICS"."ORDERS"
  WHERE
    "STATUS" IN ('paid', 'refunded')
    AND "AMOUNT" >= 10
) AS "EBB_MODEL"
