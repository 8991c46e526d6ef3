SELECT
  "USER_KEY" AS "user_key",
  "EMAIL" AS "email",
  "DOMAIN" AS "domain"
FROM (
  SELECT
    CAST("ID" AS VARCHAR) AS "USER_KEY",
    LOWER("EMAIL") AS "EMAIL",
    SPLIT_PART("EMAIL", '@', 2) AS "DOMAIN"
  FROM
    "ANALYTICS"."USERS"
  WHERE
    "EMAIL" ILIKE '%@acme.example'
    AND COALESCE("COUNTRY", 'US') = 'US'
) AS "EBB_MODEL"
