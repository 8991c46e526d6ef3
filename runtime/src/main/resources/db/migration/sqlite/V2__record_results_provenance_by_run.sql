-- A record's provenance (sync, git commit, mapping fingerprint) is its run's: kept once in runs,
-- not in every line of the per-record log, which a run writes by the million.
CREATE TABLE record_results_v2 (
  id         INTEGER PRIMARY KEY,
  run_id     TEXT NOT NULL,
  record_key TEXT NOT NULL,
  op         TEXT NOT NULL,
  outcome    TEXT NOT NULL,
  response   TEXT,
  at         BIGINT NOT NULL
);
INSERT INTO record_results_v2 (id, run_id, record_key, op, outcome, response, at)
  SELECT id, run_id, record_key, op, outcome, response, at FROM record_results;
DROP TABLE record_results;
ALTER TABLE record_results_v2 RENAME TO record_results;
CREATE INDEX record_results_by_run ON record_results (run_id);
CREATE INDEX record_results_by_time ON record_results (at);
