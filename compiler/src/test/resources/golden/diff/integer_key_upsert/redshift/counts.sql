-- count_ops
SELECT "ebb_op", COUNT(*)
FROM "ebb_snapshots"."customers_to_hubspot__diff_{run_id}"
GROUP BY "ebb_op";
