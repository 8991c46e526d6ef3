-- create_schema
CREATE SCHEMA IF NOT EXISTS "ebb";

-- create_snapshot
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb"."events_all__snapshot" (
  "ebb_key" VARCHAR,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb"."events_all__snapshot_meta" (
  "ebb_fingerprint" VARCHAR
);
