-- read_page (parameters: after_seq, page_size)
SELECT "ebb_seq", "ebb_op", "ebb_key", "ebb_hash", "ebb_key" AS "id", "email", "ltv", "updated_at", "active"
FROM "ebb_snapshots"."customers_to_hubspot__diff_{run_id}"
WHERE "ebb_seq" > ?
  AND "ebb_op" IN ('added', 'changed')
ORDER BY "ebb_seq"
LIMIT ?;
