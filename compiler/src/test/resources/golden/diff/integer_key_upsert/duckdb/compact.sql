-- compact_snapshot_create
CREATE TABLE "ebb_snapshots"."customers_to_hubspot__snapshot_compacted" AS
SELECT *
FROM "ebb_snapshots"."customers_to_hubspot__snapshot"
ORDER BY "ebb_key";

-- compact_snapshot_drop
DROP TABLE "ebb_snapshots"."customers_to_hubspot__snapshot";

-- compact_snapshot_rename
ALTER TABLE "ebb_snapshots"."customers_to_hubspot__snapshot_compacted" RENAME TO "customers_to_hubspot__snapshot";
