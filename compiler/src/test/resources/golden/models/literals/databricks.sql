SELECT
  `id`,
    CASE
    WHEN `amount` > 100
    THEN 'big'
    ELSE 'small'
    END `size`,
  'it''s' `quoted`,
  1.5E2 `float_value`,
  DATE '2024-02-29' `leap_day`
FROM
  `analytics`.`orders`
WHERE
  `status` IN ('paid', 'refunded')
  AND `amount` >= 10
