WITH
`cte` AS (
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
),
`joins` AS (
  SELECT
    u.id AS customer_id,
    u.email,
    SUM(o.amount) AS ltv,
    MAX(o.ordered_at) AS last_order_at
  FROM
    analytics.users AS u
    INNER JOIN analytics.orders AS o ON o.user_id = u.id
    LEFT JOIN analytics.events AS e ON e.user_id = u.id AND e.name = 'login'
  WHERE
    o.status <> 'refunded'
  GROUP BY
    u.id,
    u.email
  HAVING SUM(o.amount) >= 100
),
`order_recency` AS (
  SELECT
    id AS order_id,
    user_id,
    ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ordered_at DESC) AS recency_rank,
    SUM(amount) OVER (PARTITION BY user_id) AS user_total
  FROM
    analytics.orders
  WHERE
    ordered_at >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL 3 MONTH
),
`ranked` AS (
  SELECT
    *
  FROM
    order_recency
  WHERE
    recency_rank = 1
)
SELECT
  j.customer_id,
  j.email,
  j.ltv,
  c.stage,
  r.order_id AS latest_order_id
FROM
  joins AS j
  INNER JOIN cte AS c ON c.user_id = j.customer_id
  LEFT JOIN ranked AS r ON r.user_id = j.customer_id
