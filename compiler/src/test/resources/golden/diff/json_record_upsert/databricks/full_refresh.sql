-- drop_snapshot
DROP TABLE IF EXISTS `ebb`.`contacts_to_webhook__snapshot`;

-- drop_meta
DROP TABLE IF EXISTS `ebb`.`contacts_to_webhook__snapshot_meta`;
