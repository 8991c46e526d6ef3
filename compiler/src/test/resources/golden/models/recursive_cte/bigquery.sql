WITH
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
)
SELECT *
FROM (
  WITH RECURSIVE
  `numbers` (`n`) AS (
    SELECT
      1
    UNION ALL
    SELECT
      n + 1
    FROM
      numbers
    WHERE
      n < 3
  )
  SELECT
    j.customer_id,
    numbers.n
  FROM
    joins AS j
    CROSS JOIN numbers
) AS `model`
