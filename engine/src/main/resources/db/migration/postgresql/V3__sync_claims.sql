-- One claim per sync: whoever executes a run of the sync (ebb run, ebb retry, a serve or ebb worker
-- worker) holds it, under a lease, from before planning until the run ends. token grows by one
-- with every acquisition and is never reused: each state write of a run names the token it was
-- made under, and the store refuses a token that is no longer the sync's current one. A released
-- claim keeps its row (holder NULL) so that the token goes on growing. run_id: the run the holder
-- is executing, shown as the run's lease.
CREATE TABLE sync_claims (
  sync       TEXT PRIMARY KEY,
  token      BIGINT NOT NULL,
  holder     TEXT,
  host       TEXT,
  pid        BIGINT,
  since      BIGINT,
  expires_at BIGINT,
  run_id     TEXT
);
CREATE INDEX sync_claims_by_run ON sync_claims (run_id);
-- Superseded by sync_claims: a lease is held on a sync, not on one of its runs.
ALTER TABLE runs DROP COLUMN lease_worker;
ALTER TABLE runs DROP COLUMN lease_expires_at;
