SELECT
  CAST(`users`.`id` AS VARCHAR) `user_key`,
  LOWER(`users`.`email`) `email`,
  SPLIT_PART(`users`.`email`, '@', 2) `domain`
FROM
  `analytics`.`users` `users`
WHERE
  `users`.`email` ILIKE '%@acme.example'
  AND COALESCE(`users`.`country`, 'US') = 'US'
