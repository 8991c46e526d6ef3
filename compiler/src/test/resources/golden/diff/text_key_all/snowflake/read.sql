-- read_page (parameters: after_seq, page_size)
SELECT "ebb_seq", "ebb_op", "ebb_key", "ebb_hash", "event_id", "score", "payload"
FROM "ebb"."events_all__diff_{run_id}"
WHERE "ebb_seq" > ?
  AND "ebb_op" IN ('added', 'changed', 'unchanged')
ORDER BY "ebb_seq"
LIMIT ?;
