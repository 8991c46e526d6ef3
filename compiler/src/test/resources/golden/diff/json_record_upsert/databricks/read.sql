-- read_page (parameters: after_seq, page_size)
SELECT `ebb_seq`, `ebb_op`, `ebb_key`, `ebb_hash`, `ebb_key` AS `id`, `email`, `first_name`, `ltv`, `score`, `active`, `birthday`, `created_at`, `seen_at`, `na``me"; DELETE FROM y;-- 'é'`
FROM `ebb`.`contacts_to_webhook__diff_{run_id}`
WHERE `ebb_seq` > ?
  AND `ebb_op` IN ('added', 'changed')
ORDER BY `ebb_seq`
LIMIT ?;
