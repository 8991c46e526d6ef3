WITH
`cte_chain_paid` AS (
  WITH
  `paid` AS (
    SELECT
      `user_id`,
      SUM(`amount`) `amount`
    FROM
      `analytics`.`orders`
    WHERE
      `status` = 'paid'
    GROUP BY
      `user_id`
  )
  SELECT
    `u`.`id` `user_id`,
    `u`.`email`,
    COALESCE(`p`.`amount`, 0) `paid_amount`
  FROM
    `analytics`.`users` `u`
    LEFT JOIN `paid` `p` ON `p`.`user_id` = `u`.`id`
),
`paid` AS (
  SELECT
    `user_id`,
    `paid_amount`
  FROM
    `cte_chain_paid`
  WHERE
    `paid_amount` > 0
),
`ranked` AS (
  SELECT
    `user_id`,
      ROW_NUMBER() OVER (ORDER BY `paid_amount` DESC) `paid_rank`
  FROM
    `paid`
)
SELECT
  `c`.`user_id`,
  `c`.`email`,
  `r`.`paid_rank`
FROM
  `cte_chain_paid` `c`
  INNER JOIN `ranked` `r` ON `r`.`user_id` = `c`.`user_id`
