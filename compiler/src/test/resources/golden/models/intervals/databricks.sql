SELECT
  `id`,
    `ordered_at` + INTERVAL '90' DAY `due_at`,
    `ordered_at` - INTERVAL '7' DAY `week_before`,
    `ordered_at` + INTERVAL '2' HOUR `later`
FROM
  `analytics`.`orders`
