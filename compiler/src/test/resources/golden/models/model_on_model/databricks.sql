WITH
`cte` AS (
  WITH
  `firsts` AS (
    SELECT
      `user_id`,
      MIN(`ordered_at`) `first_order_at`
    FROM
      `analytics`.`orders`
    GROUP BY
      `user_id`
  )
  SELECT
    `u`.`id` `user_id`,
    `f`.`first_order_at`,
      CASE
      WHEN `f`.`first_order_at` IS NULL
      THEN 'lead'
      ELSE 'customer'
      END `stage`
  FROM
    `analytics`.`users` `u`
    LEFT JOIN `firsts` `f` ON `f`.`user_id` = `u`.`id`
),
`joins` AS (
  SELECT
    `u`.`id` `customer_id`,
    `u`.`email`,
    SUM(`o`.`amount`) `ltv`,
    MAX(`o`.`ordered_at`) `last_order_at`
  FROM
    `analytics`.`users` `u`
    INNER JOIN `analytics`.`orders` `o` ON `o`.`user_id` = `u`.`id`
    LEFT JOIN `analytics`.`events` `e` ON `e`.`user_id` = `u`.`id` AND `e`.`name` = 'login'
  WHERE
    `o`.`status` <> 'refunded'
  GROUP BY
    `u`.`id`,
    `u`.`email`
  HAVING SUM(`o`.`amount`) >= 100
),
`order_recency` AS (
  SELECT
    `id` `order_id`,
    `user_id`,
      ROW_NUMBER() OVER (PARTITION BY `user_id` ORDER BY `ordered_at` DESC) `recency_rank`,
      SUM(`amount`) OVER (PARTITION BY `user_id`) `user_total`
  FROM
    `analytics`.`orders`
  WHERE
    `ordered_at` >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
),
`ranked` AS (
  SELECT
    *
  FROM
    `order_recency`
  WHERE
    `recency_rank` = 1
)
SELECT
  `j`.`customer_id`,
  `j`.`email`,
  `j`.`ltv`,
  `c`.`stage`,
  `r`.`order_id` `latest_order_id`
FROM
  `joins` `j`
  INNER JOIN `cte` `c` ON `c`.`user_id` = `j`.`customer_id`
  LEFT JOIN `ranked` `r` ON `r`.`user_id` = `j`.`customer_id`
