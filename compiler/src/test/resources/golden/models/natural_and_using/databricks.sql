SELECT
  *
FROM
  (SELECT
      `id` `user_id`,
      `email`
    FROM
      `analytics`.`users`) `u`
  NATURAL INNER JOIN (SELECT
      `user_id`,
      `amount`
    FROM
      `analytics`.`orders`) `o`
  INNER JOIN (SELECT
      `user_id`,
      `name`
    FROM
      `analytics`.`events`) `e` USING (`user_id`)
