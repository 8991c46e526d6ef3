-- diff_settings
SET jit = off;

-- drop_diff
DROP TABLE IF EXISTS "ebb"."events_all__diff_{run_id}";

-- create_diff
CREATE TABLE "ebb"."events_all__diff_{run_id}" AS
WITH ebb_current AS (
  SELECT
    m."event_id" AS "ebb_key",
    hashtextextended(CAST(ROW('0123456789abcdef', m."score", m."payload") AS TEXT), 0) AS "ebb_hash",
    m."event_id",
    m."score",
    m."payload"
  FROM (
SELECT event_id, score, payload FROM events
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
    c."event_id",
    c."score",
    c."payload"
  FROM ebb_current AS c
  FULL OUTER JOIN "ebb"."events_all__snapshot" AS s ON c."ebb_key" = s."ebb_key"
)
SELECT
  ROW_NUMBER() OVER (ORDER BY ch."ebb_op", ch."ebb_key") AS "ebb_seq",
  ch."ebb_op",
  ch."ebb_key",
  ch."ebb_hash",
  ch."event_id",
  ch."score",
  ch."payload"
FROM ebb_changes AS ch;

-- drop_failed
DROP TABLE IF EXISTS "ebb"."events_all__failed_{run_id}";

-- create_failed
CREATE TABLE "ebb"."events_all__failed_{run_id}" (
  "ebb_key" TEXT
);

-- diff_settings_reset
RESET jit;
