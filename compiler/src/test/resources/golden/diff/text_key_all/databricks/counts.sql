-- count_ops
SELECT `ebb_op`, COUNT(*)
FROM `ebb`.`events_all__diff_{run_id}`
GROUP BY `ebb_op`;
