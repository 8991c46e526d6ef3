-- check_model
SELECT
  COUNT(*),
  SUM(CASE WHEN m."region" IS NULL OR m."order""id" IS NULL THEN 1 ELSE 0 END)
FROM (
SELECT * FROM orders
) AS m;

-- check_null_key_samples
SELECT m."region", CAST(m."order""id" AS VARCHAR)
FROM (
SELECT * FROM orders
) AS m
WHERE m."region" IS NULL OR m."order""id" IS NULL
LIMIT 10;

-- check_duplicate_keys
SELECT COUNT(*)
FROM (
  SELECT k."ebb_key"
  FROM (
    SELECT (CAST(LENGTH(m."region") AS VARCHAR) || ':' || m."region") || (CAST(LENGTH(CAST(m."order""id" AS VARCHAR)) AS VARCHAR) || ':' || CAST(m."order""id" AS VARCHAR)) AS "ebb_key"
    FROM (
SELECT * FROM orders
    ) AS m
  ) AS k
  WHERE k."ebb_key" IS NOT NULL
  GROUP BY k."ebb_key"
  HAVING COUNT(*) > 1
) AS d;

-- check_duplicate_key_samples
SELECT k."ebb_key", COUNT(*)
FROM (
  SELECT (CAST(LENGTH(m."region") AS VARCHAR) || ':' || m."region") || (CAST(LENGTH(CAST(m."order""id" AS VARCHAR)) AS VARCHAR) || ':' || CAST(m."order""id" AS VARCHAR)) AS "ebb_key"
  FROM (
SELECT * FROM orders
  ) AS m
) AS k
WHERE k."ebb_key" IS NOT NULL
GROUP BY k."ebb_key"
HAVING COUNT(*) > 1
ORDER BY k."ebb_key"
LIMIT 10;

-- check_added_duplicate_keys
SELECT d."ebb_key", COUNT(*), COUNT(*) OVER ()
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}" AS d
WHERE d."ebb_op" = 'added'
GROUP BY d."ebb_key"
HAVING COUNT(*) > 1
ORDER BY d."ebb_key"
LIMIT 10;

-- check_snapshot
SELECT COUNT(*), (
  SELECT MAX(t.estimated_size)
  FROM duckdb_tables() AS t
  WHERE t.database_name = current_database()
    AND t.schema_name = 'snap "s" `b` ''q'''
    AND t.table_name = 'we"ird`; DROP TABLE x;--sync ✓__snapshot'
)
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot";

-- check_fingerprint
SELECT MAX("ebb_fingerprint")
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot_meta";
