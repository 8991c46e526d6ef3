-- insert_failed (parameters: failed_key)
INSERT INTO "ebb"."contacts_to_webhook__failed_{run_id}" ("ebb_key")
VALUES (?);
