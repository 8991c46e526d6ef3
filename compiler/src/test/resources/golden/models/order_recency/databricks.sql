SELECT
  `orders`.`id` `order_id`,
  `orders`.`user_id`,
    ROW_NUMBER() OVER (PARTITION BY `orders`.`user_id` ORDER BY `orders`.`ordered_at` DESC) `recency_rank`,
    SUM(`orders`.`amount`) OVER (PARTITION BY `orders`.`user_id`) `user_total`
FROM
  `analytics`.`orders` `orders`
WHERE
  `orders`.`ordered_at` >= DATE_TRUNC('month', CURRENT_TIMESTAMP) - INTERVAL '3' MONTH
