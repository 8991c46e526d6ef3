-- read_page (parameters: after_seq, page_size)
SELECT (rowid + 1), "ebb_op", "ebb_key", CAST(CASE WHEN "ebb_hash" >= 9223372036854775808 THEN CAST("ebb_hash" AS HUGEINT) - 18446744073709551616 ELSE "ebb_hash" END AS BIGINT) AS "ebb_hash", "ebb_key" AS "id", "email", "first_name", "ltv", "score", "active", "birthday", "created_at", "seen_at", "na`me""; DELETE FROM y;-- 'é'"
FROM "ebb"."contacts_to_webhook__diff_{run_id}"
WHERE (rowid + 1) > ?
  AND "ebb_op" IN ('added', 'changed')
LIMIT ?;
