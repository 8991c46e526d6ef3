-- commit_delete (parameters: up_to_seq)
DELETE FROM "ebb"."contacts_to_webhook__snapshot"
WHERE "ebb_key" IN (
  SELECT d."ebb_key"
  FROM "ebb"."contacts_to_webhook__diff_{run_id}" AS d
  WHERE "ebb_seq" <= ?
    AND d."ebb_op" IN ('added', 'changed')
    AND d."ebb_op" <> 'changed'
    AND NOT EXISTS (SELECT 1 FROM "ebb"."contacts_to_webhook__failed_{run_id}" AS f WHERE f."ebb_key" = d."ebb_key")
  UNION ALL
  SELECT d."ebb_key"
  FROM "ebb"."contacts_to_webhook__diff_{run_id}" AS d
  WHERE d."ebb_op" = 'removed'
);

-- commit_insert (parameters: up_to_seq, up_to_seq)
WITH ebb_changed AS (
  INSERT INTO "ebb"."contacts_to_webhook__snapshot" ("ebb_key", "ebb_hash")
  SELECT d."ebb_key", d."ebb_hash"
  FROM "ebb"."contacts_to_webhook__diff_{run_id}" AS d
  WHERE "ebb_seq" <= ?
    AND d."ebb_op" IN ('added', 'changed')
    AND d."ebb_op" = 'changed'
    AND NOT EXISTS (SELECT 1 FROM "ebb"."contacts_to_webhook__failed_{run_id}" AS f WHERE f."ebb_key" = d."ebb_key")
  ON CONFLICT ("ebb_key") DO UPDATE SET "ebb_hash" = EXCLUDED."ebb_hash"
)
INSERT INTO "ebb"."contacts_to_webhook__snapshot" ("ebb_key", "ebb_hash")
SELECT d."ebb_key", d."ebb_hash"
FROM "ebb"."contacts_to_webhook__diff_{run_id}" AS d
WHERE "ebb_seq" <= ?
  AND d."ebb_op" IN ('added', 'changed')
  AND d."ebb_op" <> 'changed'
  AND NOT EXISTS (SELECT 1 FROM "ebb"."contacts_to_webhook__failed_{run_id}" AS f WHERE f."ebb_key" = d."ebb_key");

-- commit_meta_delete
DELETE FROM "ebb"."contacts_to_webhook__snapshot_meta"
WHERE 1 = 1;

-- commit_meta_insert
INSERT INTO "ebb"."contacts_to_webhook__snapshot_meta" ("ebb_fingerprint")
VALUES ('0123456789abcdef');
