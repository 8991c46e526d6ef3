-- create_schema
CREATE SCHEMA IF NOT EXISTS "ebb";

-- create_snapshot
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb"."contacts_to_webhook__snapshot" (
  "ebb_key" BIGINT,
  "ebb_hash" BIGINT
);

-- create_meta
CREATE TRANSIENT TABLE IF NOT EXISTS "ebb"."contacts_to_webhook__snapshot_meta" (
  "ebb_fingerprint" VARCHAR
);
