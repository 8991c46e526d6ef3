-- drop_snapshot
DROP TABLE IF EXISTS `ebb_snapshots`.`customers_to_hubspot__snapshot`;

-- drop_meta
DROP TABLE IF EXISTS `ebb_snapshots`.`customers_to_hubspot__snapshot_meta`;
