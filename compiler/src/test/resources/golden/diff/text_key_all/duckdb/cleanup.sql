-- drop_diff
DROP TABLE IF EXISTS "ebb"."events_all__diff_{run_id}";

-- drop_failed
DROP TABLE IF EXISTS "ebb"."events_all__failed_{run_id}";
