SELECT
  CAST("id" AS VARCHAR) AS "user_key",
  LOWER("email") AS "email",
  SPLIT_PART("email", '@', 2) AS "domain"
FROM
  "analytics"."users"
WHERE
  "email" ILIKE '%@acme.example'
  AND COALESCE("country", 'US') = 'US'
