SELECT
  "id",
    "ordered_at" + INTERVAL '90' DAY AS "due_at",
    "ordered_at" - INTERVAL '7' DAY AS "week_before",
    "ordered_at" + INTERVAL '2' HOUR AS "later"
FROM
  "analytics"."orders"
