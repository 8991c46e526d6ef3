-- compact_snapshot_create
CREATE TABLE "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot_compacted" AS
SELECT *
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot"
ORDER BY "ebb_key";

-- compact_snapshot_drop
DROP TABLE "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot";

-- compact_snapshot_rename
ALTER TABLE "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot_compacted" RENAME TO "we""ird`; DROP TABLE x;--sync ✓__snapshot";
