-- diff_settings
SET jit = off;

-- drop_diff
DROP TABLE IF EXISTS "ebb_snapshots"."customers_to_hubspot__diff_{run_id}";

-- create_diff
CREATE TABLE "ebb_snapshots"."customers_to_hubspot__diff_{run_id}" AS
WITH ebb_current AS (
  SELECT
    CAST(m."id" AS BIGINT) AS "ebb_key",
    hashtextextended(CAST(ROW('0123456789abcdef', m."email", m."ltv", CAST(CAST(EXTRACT(EPOCH FROM m."updated_at") * 1000000 AS BIGINT) AS TEXT), m."active") AS TEXT), 0) AS "ebb_hash",
    m."email",
    m."ltv",
    m."updated_at",
    m."active"
  FROM (
SELECT id, email, ltv, updated_at, active FROM analytics.customers
  ) AS m
),
ebb_changes AS (
  SELECT
    CASE
      WHEN s."ebb_key" IS NULL THEN 'added'
      WHEN c."ebb_key" IS NULL THEN 'removed'
      WHEN c."ebb_hash" <> s."ebb_hash" THEN 'changed'
      ELSE 'unchanged'
    END AS "ebb_op",
    COALESCE(c."ebb_key", s."ebb_key") AS "ebb_key",
    c."ebb_hash",
    c."email",
    c."ltv",
    c."updated_at",
    c."active"
  FROM ebb_current AS c
  FULL OUTER JOIN "ebb_snapshots"."customers_to_hubspot__snapshot" AS s ON c."ebb_key" = s."ebb_key"
  WHERE c."ebb_key" IS NULL OR s."ebb_key" IS NULL OR c."ebb_hash" <> s."ebb_hash"
)
SELECT
  ROW_NUMBER() OVER (ORDER BY ch."ebb_op", ch."ebb_key") AS "ebb_seq",
  ch."ebb_op",
  ch."ebb_key",
  ch."ebb_hash",
  ch."email",
  ch."ltv",
  ch."updated_at",
  ch."active"
FROM ebb_changes AS ch;

-- drop_failed
DROP TABLE IF EXISTS "ebb_snapshots"."customers_to_hubspot__failed_{run_id}";

-- create_failed
CREATE TABLE "ebb_snapshots"."customers_to_hubspot__failed_{run_id}" (
  "ebb_key" BIGINT
);

-- diff_settings_reset
RESET jit;
