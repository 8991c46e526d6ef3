-- diff_settings
SET jit = off;

-- drop_diff
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}";

-- create_diff
CREATE TABLE "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}" AS
WITH ebb_current AS (
  SELECT
    (CAST(LENGTH(m."region") AS TEXT) || ':' || m."region") || (CAST(LENGTH(CAST(m."order""id" AS TEXT)) AS TEXT) || ':' || CAST(m."order""id" AS TEXT)) AS "ebb_key",
    hashtextextended(CAST(ROW('0123456789abcdef', m."na`me""; DELETE FROM y;-- 'é'", TO_CHAR(m."d", 'YYYY-MM-DD'), CAST(CAST(EXTRACT(EPOCH FROM m."ts") * 1000000 AS BIGINT) AS TEXT)) AS TEXT), 0) AS "ebb_hash",
    m."region",
    m."order""id",
    m."na`me""; DELETE FROM y;-- 'é'",
    m."d",
    m."ts"
  FROM (
SELECT * FROM orders
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
    c."region",
    c."order""id",
    c."na`me""; DELETE FROM y;-- 'é'",
    c."d",
    c."ts"
  FROM ebb_current AS c
  FULL OUTER JOIN "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot" AS s ON c."ebb_key" = s."ebb_key"
  WHERE c."ebb_key" IS NULL OR s."ebb_key" IS NULL OR c."ebb_hash" <> s."ebb_hash"
)
SELECT
  ROW_NUMBER() OVER (ORDER BY ch."ebb_op", ch."ebb_key") AS "ebb_seq",
  ch."ebb_op",
  ch."ebb_key",
  ch."ebb_hash",
  ch."region",
  ch."order""id",
  ch."na`me""; DELETE FROM y;-- 'é'",
  ch."d",
  ch."ts"
FROM ebb_changes AS ch;

-- drop_failed
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__failed_{run_id}";

-- create_failed
CREATE TABLE "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__failed_{run_id}" (
  "ebb_key" TEXT
);

-- diff_settings_reset
RESET jit;
