-- create_schema
CREATE SCHEMA IF NOT EXISTS "ebb_snapshots";

-- create_snapshot
CREATE TABLE IF NOT EXISTS "ebb_snapshots"."customers_to_hubspot__snapshot" (
  "ebb_key" BIGINT PRIMARY KEY,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TABLE IF NOT EXISTS "ebb_snapshots"."customers_to_hubspot__snapshot_meta" (
  "ebb_fingerprint" TEXT
);
