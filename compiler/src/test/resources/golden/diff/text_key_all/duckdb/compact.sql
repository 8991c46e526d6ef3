-- compact_snapshot_create
CREATE TABLE "ebb"."events_all__snapshot_compacted" AS
SELECT *
FROM "ebb"."events_all__snapshot"
ORDER BY "ebb_key";

-- compact_snapshot_drop
DROP TABLE "ebb"."events_all__snapshot";

-- compact_snapshot_rename
ALTER TABLE "ebb"."events_all__snapshot_compacted" RENAME TO "events_all__snapshot";
