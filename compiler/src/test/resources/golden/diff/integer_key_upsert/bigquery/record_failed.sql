-- insert_failed (parameters: failed_key)
INSERT INTO `ebb_snapshots`.`customers_to_hubspot__failed_{run_id}` (`ebb_key`)
VALUES (?);
