-- insert_failed (parameters: failed_key)
INSERT INTO "ebb"."events_all__failed_{run_id}" ("ebb_key")
VALUES (?);
