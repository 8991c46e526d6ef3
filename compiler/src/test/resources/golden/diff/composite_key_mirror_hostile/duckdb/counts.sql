-- count_ops
SELECT "ebb_op", COUNT(*)
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}"
GROUP BY "ebb_op";
