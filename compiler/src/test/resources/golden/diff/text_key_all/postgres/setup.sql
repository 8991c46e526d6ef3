-- create_schema
CREATE SCHEMA IF NOT EXISTS "ebb";

-- create_snapshot
CREATE TABLE IF NOT EXISTS "ebb"."events_all__snapshot" (
  "ebb_key" TEXT PRIMARY KEY,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TABLE IF NOT EXISTS "ebb"."events_all__snapshot_meta" (
  "ebb_fingerprint" TEXT
);
