-- The per-record log in chunks of lines, one row per chunk instead of one per record: a run logs
-- its records by the million. A record's provenance (sync, git commit, mapping fingerprint) is its
-- run's, read through runs. body: a JSON array of [key, op, outcome, response, at].
CREATE TABLE record_log (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id     TEXT NOT NULL,
  first_line BIGINT NOT NULL,
  line_count INTEGER NOT NULL,
  at         BIGINT NOT NULL,
  body       TEXT NOT NULL
);
INSERT INTO record_log (run_id, first_line, line_count, at, body)
  SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY id) - 1, 1, at,
         json_build_array(json_build_array(record_key, op, outcome, response, at))::text
  FROM record_results;
DROP TABLE record_results;
CREATE INDEX record_log_by_run ON record_log (run_id, first_line);
CREATE INDEX record_log_by_time ON record_log (at);
