WITH
`firsts` AS (
  SELECT
    user_id,
    MIN(ordered_at) AS first_order_at
  FROM
    analytics.orders
  GROUP BY
    user_id
)
SELECT
  u.id AS user_id,
  f.first_order_at,
    CASE
    WHEN f.first_order_at IS NULL
    THEN 'lead'
    ELSE 'customer'
    END AS stage
FROM
  analytics.users AS u
  LEFT JOIN firsts AS f ON f.user_id = u.id
