-- read_page (parameters: after_seq, page_size)
SELECT (rowid + 1), "ebb_op", "ebb_key", CAST(CASE WHEN "ebb_hash" >= 9223372036854775808 THEN CAST("ebb_hash" AS HUGEINT) - 18446744073709551616 ELSE "ebb_hash" END AS BIGINT) AS "ebb_hash", "region", "order""id", "na`me""; DELETE FROM y;-- 'é'", "d", "ts"
FROM "snap ""s"" `b` 'q'"."we""ird`; DROP TABLE x;--sync ✓__diff_{run_id}"
WHERE (rowid + 1) > ?
  AND "ebb_op" IN ('added', 'changed', 'removed')
LIMIT ?;
