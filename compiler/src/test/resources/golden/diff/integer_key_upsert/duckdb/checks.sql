-- check_model
SELECT
  COUNT(*),
  COUNT(*) - COUNT(m."id")
FROM (
SELECT id, email, ltv, updated_at, active FROM analytics.customers
) AS m;

-- check_null_key_samples
SELECT CAST(m."id" AS VARCHAR)
FROM (
SELECT id, email, ltv, updated_at, active FROM analytics.customers
) AS m
WHERE m."id" IS NULL
LIMIT 10;

-- check_duplicate_keys
SELECT COUNT(*)
FROM (
  SELECT k."ebb_key"
  FROM (
    SELECT CAST(m."id" AS BIGINT) AS "ebb_key"
    FROM (
SELECT id, email, ltv, updated_at, active FROM analytics.customers
    ) AS m
  ) AS k
  WHERE k."ebb_key" IS NOT NULL
  GROUP BY k."ebb_key"
  HAVING COUNT(*) > 1
) AS d;

-- check_duplicate_key_samples
SELECT k."ebb_key", COUNT(*)
FROM (
  SELECT CAST(m."id" AS BIGINT) AS "ebb_key"
  FROM (
SELECT id, email, ltv, updated_at, active FROM analytics.customers
  ) AS m
) AS k
WHERE k."ebb_key" IS NOT NULL
GROUP BY k."ebb_key"
HAVING COUNT(*) > 1
ORDER BY k."ebb_key"
LIMIT 10;

-- check_added_duplicate_keys
SELECT d."ebb_key", COUNT(*), COUNT(*) OVER ()
FROM "ebb_snapshots"."customers_to_hubspot__diff_{run_id}" AS d
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
    AND t.schema_name = 'ebb_snapshots'
    AND t.table_name = 'customers_to_hubspot__snapshot'
)
FROM "ebb_snapshots"."customers_to_hubspot__snapshot";

-- check_fingerprint
SELECT MAX("ebb_fingerprint")
FROM "ebb_snapshots"."customers_to_hubspot__snapshot_meta";
