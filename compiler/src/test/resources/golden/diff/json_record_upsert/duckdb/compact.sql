-- compact_snapshot_create
CREATE TABLE "ebb"."contacts_to_webhook__snapshot_compacted" AS
SELECT *
FROM "ebb"."contacts_to_webhook__snapshot"
ORDER BY "ebb_key";

-- compact_snapshot_drop
DROP TABLE "ebb"."contacts_to_webhook__snapshot";

-- compact_snapshot_rename
ALTER TABLE "ebb"."contacts_to_webhook__snapshot_compacted" RENAME TO "contacts_to_webhook__snapshot";
