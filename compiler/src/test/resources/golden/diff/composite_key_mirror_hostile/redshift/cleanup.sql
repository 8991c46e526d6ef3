-- drop_diff
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}";

-- drop_failed
DROP TABLE IF EXISTS "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__failed_{run_id}";
