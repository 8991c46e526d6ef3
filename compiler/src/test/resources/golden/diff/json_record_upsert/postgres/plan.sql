-- diff_settings
SET jit = off;

-- drop_diff
DROP TABLE IF EXISTS "ebb"."contacts_to_webhook__diff_{run_id}";

-- create_diff
CREATE TABLE "ebb"."contacts_to_webhook__diff_{run_id}" AS
WITH ebb_current AS (
  SELECT
    CAST(m."id" AS BIGINT) AS "ebb_key",
    hashtextextended(CAST(ROW('0123456789abcdef', m."email", m."first_name", m."ltv", m."score", m."active", TO_CHAR(m."birthday", 'YYYY-MM-DD'), CAST(CAST(EXTRACT(EPOCH FROM m."created_at") * 1000000 AS BIGINT) AS TEXT), CAST(CAST(EXTRACT(EPOCH FROM m."seen_at") * 1000000 AS BIGINT) AS TEXT), m."na`me""; DELETE FROM y;-- 'é'") AS TEXT), 0) AS "ebb_hash",
    m."email",
    m."first_name",
    m."ltv",
    m."score",
    m."active",
    m."birthday",
    m."created_at",
    m."seen_at",
    m."na`me""; DELETE FROM y;-- 'é'"
  FROM (
SELECT * FROM analytics.contacts
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
    c."first_name",
    c."ltv",
    c."score",
    c."active",
    c."birthday",
    c."created_at",
    c."seen_at",
    c."na`me""; DELETE FROM y;-- 'é'"
  FROM ebb_current AS c
  FULL OUTER JOIN "ebb"."contacts_to_webhook__snapshot" AS s ON c."ebb_key" = s."ebb_key"
  WHERE c."ebb_key" IS NULL OR s."ebb_key" IS NULL OR c."ebb_hash" <> s."ebb_hash"
)
SELECT
  ROW_NUMBER() OVER (ORDER BY ch."ebb_op", ch."ebb_key") AS "ebb_seq",
  ch."ebb_op",
  ch."ebb_key",
  ch."ebb_hash",
  ch."email",
  ch."first_name",
  ch."ltv",
  ch."score",
  ch."active",
  ch."birthday",
  ch."created_at",
  ch."seen_at",
  ch."na`me""; DELETE FROM y;-- 'é'"
FROM ebb_changes AS ch;

-- drop_failed
DROP TABLE IF EXISTS "ebb"."contacts_to_webhook__failed_{run_id}";

-- create_failed
CREATE TABLE "ebb"."contacts_to_webhook__failed_{run_id}" (
  "ebb_key" BIGINT
);

-- diff_settings_reset
RESET jit;
