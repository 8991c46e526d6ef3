-- count_ops
SELECT "ebb_op", COUNT(*)
FROM "ebb"."contacts_to_webhook__diff_{run_id}"
GROUP BY "ebb_op";
