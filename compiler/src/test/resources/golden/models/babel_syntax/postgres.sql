SELECT
  CAST("users"."id" AS VARCHAR) AS "user_key",
  LOWER("users"."email") AS "email",
  SPLIT_PART("users"."email", '@', 2) AS "domain"
FROM
  "analytics"."users" AS "users"
WHERE
  "users"."email" ILIKE '%@acme.example'
  AND COALESCE("users"."country", 'US') = 'US'
