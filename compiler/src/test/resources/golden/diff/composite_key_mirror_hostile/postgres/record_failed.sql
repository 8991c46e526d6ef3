-- insert_failed (parameters: failed_key)
INSERT INTO "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__failed_{run_id}" ("ebb_key")
VALUES (?);
