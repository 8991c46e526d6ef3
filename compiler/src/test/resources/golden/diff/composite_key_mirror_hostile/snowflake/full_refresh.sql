-- drop_snapshot
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot";

-- drop_meta
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__snapshot_meta";
