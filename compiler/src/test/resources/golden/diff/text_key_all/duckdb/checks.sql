-- check_model
SELECT
  COUNT(*),
  COUNT(*) - COUNT(m."event_id")
FROM (
SELECT event_id, score, payload FROM events
) AS m;

-- check_null_key_samples
SELECT m."event_id"
FROM (
SELECT event_id, score, payload FROM events
) AS m
WHERE m."event_id" IS NULL
LIMIT 10;

-- check_duplicate_keys
SELECT COUNT(*)
FROM (
  SELECT k."ebb_key"
  FROM (
    SELECT m."event_id" AS "ebb_key"
    FROM (
SELECT event_id, score, payload FROM events
    ) AS m
  ) AS k
  WHERE k."ebb_key" IS NOT NULL
  GROUP BY k."ebb_key"
  HAVING COUNT(*) > 1
) AS d;

-- check_duplicate_key_samples
SELECT k."ebb_key", COUNT(*)
FROM (
  SELECT m."event_id" AS "ebb_key"
  FROM (
SELECT event_id, score, payload FROM events
  ) AS m
) AS k
WHERE k."ebb_key" IS NOT NULL
GROUP BY k."ebb_key"
HAVING COUNT(*) > 1
ORDER BY k."ebb_key"
LIMIT 10;

-- check_added_duplicate_keys
SELECT d."ebb_key", COUNT(*), COUNT(*) OVER ()
FROM "ebb"."events_all__diff_{run_id}" AS d
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
    AND t.schema_name = 'ebb'
    AND t.table_name = 'events_all__snapshot'
)
FROM "ebb"."events_all__snapshot";

-- check_fingerprint
SELECT MAX("ebb_fingerprint")
FROM "ebb"."events_all__snapshot_meta";
