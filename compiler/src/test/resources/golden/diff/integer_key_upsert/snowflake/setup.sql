-- create_schema
CREATE SCHEMA IF NOT EXISTS "ebb_snapshots";

-- create_snapshot
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb_snapshots"."customers_to_hubspot__snapshot" (
  "ebb_key" BIGINT,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb_snapshots"."customers_to_hubspot__snapshot_meta" (
  "ebb_fingerprint" VARCHAR
);
