-- drop_diff
DROP TABLE IF EXISTS "ebb_snapshots"."customers_to_hubspot__diff_{run_id}";

-- drop_failed
DROP TABLE IF EXISTS "ebb_snapshots"."customers_to_hubspot__failed_{run_id}";
