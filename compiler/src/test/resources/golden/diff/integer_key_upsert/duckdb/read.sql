-- read_page (parameters: after_seq, page_size)
SELECT (rowid + 1), "ebb_op", "ebb_key", CAST(CASE WHEN "ebb_hash" >= 9223372036854775808 THEN CAST("ebb_hash" AS HUGEINT) - 18446744073709551616 ELSE "ebb_hash" END AS BIGINT) AS "ebb_hash", "ebb_key" AS "id", "email", "ltv", "updated_at", "active"
FROM "ebb_snapshots"."customers_to_hubspot__diff_{run_id}"
WHERE (rowid + 1) > ?
  AND "ebb_op" IN ('added', 'changed')
LIMIT ?;
