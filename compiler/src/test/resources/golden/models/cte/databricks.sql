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
