SELECT
  "id",
    CASE
    WHEN "amount" > 100
    THEN 'big'
    ELSE 'small'
    END AS "size",
  'it''s' AS "quoted",
  1.5E2 AS "float_value",
  DATE '2024-02-29' AS "leap_day"
FROM
  "analytics"."orders"
WHERE
  "status" IN ('paid', 'refunded')
  AND "amount" >= 10
