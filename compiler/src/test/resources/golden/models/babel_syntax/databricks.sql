SELECT
  CAST(`id` AS VARCHAR) `user_key`,
  LOWER(`email`) `email`,
  SPLIT_PART(`email`, '@', 2) `domain`
FROM
  `analytics`.`users`
WHERE
  `email` ILIKE '%@acme.example'
  AND COALESCE(`country`, 'US') = 'US'
