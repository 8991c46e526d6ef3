-- create_schema
CREATE SCHEMA IF NOT EXISTS "snap ""s"" `b` 'q'";

-- create_snapshot
CREATE TRANSIENT TABLE IF NOT EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot" (
  "ebb_key" VARCHAR,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TRANSIENT TABLE IF NOT EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot_meta" (
  "ebb_fingerprint" VARCHAR
);
