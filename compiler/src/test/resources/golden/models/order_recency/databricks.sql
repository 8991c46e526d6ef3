SELECT
  `id` `order_id`,
  `user_id`,
    ROW_NUMBER() OVER (PARTITION BY `user_id` ORDER BY `ordered_at` DESC) `recency_rank`,
    SUM(`amount`) OVER (PARTITION BY `user_id`) `user_total`
FROM
  `analytics`.`orders`
WHERE
  `ordered_at` >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
