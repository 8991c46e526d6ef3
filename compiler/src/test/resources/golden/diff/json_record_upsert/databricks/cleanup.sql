-- drop_diff
DROP TABLE IF EXISTS `ebb`.`contacts_to_webhook__diff_{run_id}`;

-- drop_failed
DROP TABLE IF EXISTS `ebb`.`contacts_to_webhook__failed_{run_id}`;
