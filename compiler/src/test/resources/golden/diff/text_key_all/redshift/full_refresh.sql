-- drop_snapshot
DROP TABLE IF EXISTS "ebb"."events_all__snapshot";

-- drop_meta
DROP TABLE IF EXISTS "ebb"."events_all__snapshot_meta";
