-- ebb state store, SQLite flavour. Timestamps are epoch milliseconds (UTC).
CREATE TABLE runs (
  id                  TEXT PRIMARY KEY,
  sync                TEXT NOT NULL,
  status              TEXT NOT NULL,
  run_trigger         TEXT NOT NULL,
  full_refresh        BOOLEAN NOT NULL,
  git_commit          TEXT,
  mapping_fingerprint TEXT,
  diff_table          TEXT,
  queued_at           BIGINT NOT NULL,
  planning_at         BIGINT,
  delivering_at       BIGINT,
  committing_at       BIGINT,
  finished_at         BIGINT,
  planned             BIGINT NOT NULL DEFAULT 0,
  added               BIGINT NOT NULL DEFAULT 0,
  changed             BIGINT NOT NULL DEFAULT 0,
  removed             BIGINT NOT NULL DEFAULT 0,
  sent                BIGINT NOT NULL DEFAULT 0,
  succeeded           BIGINT NOT NULL DEFAULT 0,
  failed              BIGINT NOT NULL DEFAULT 0,
  dead_lettered       BIGINT NOT NULL DEFAULT 0,
  skipped             BIGINT NOT NULL DEFAULT 0,
  error               TEXT,
  lease_worker        TEXT,
  lease_expires_at    BIGINT
);
CREATE INDEX runs_by_sync ON runs (sync, queued_at);
CREATE INDEX runs_by_status ON runs (status);

CREATE TABLE checkpoints (
  run_id        TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  sequence      BIGINT NOT NULL,
  planned       BIGINT NOT NULL,
  added         BIGINT NOT NULL,
  changed       BIGINT NOT NULL,
  removed       BIGINT NOT NULL,
  sent          BIGINT NOT NULL,
  succeeded     BIGINT NOT NULL,
  failed        BIGINT NOT NULL,
  dead_lettered BIGINT NOT NULL,
  skipped       BIGINT NOT NULL,
  at            BIGINT NOT NULL
);

CREATE TABLE record_results (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id              TEXT NOT NULL,
  sync                TEXT NOT NULL,
  git_commit          TEXT,
  mapping_fingerprint TEXT,
  record_key          TEXT NOT NULL,
  op                  TEXT NOT NULL,
  outcome             TEXT NOT NULL,
  response            TEXT,
  at                  BIGINT NOT NULL
);
CREATE INDEX record_results_by_run ON record_results (run_id);
CREATE INDEX record_results_by_time ON record_results (at);

CREATE TABLE dead_letters (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  sync        TEXT NOT NULL,
  record_key  TEXT NOT NULL,
  op          TEXT NOT NULL,
  payload     TEXT NOT NULL,
  reason      TEXT NOT NULL,
  run_id      TEXT NOT NULL,
  first_seen  BIGINT NOT NULL,
  last_seen   BIGINT NOT NULL,
  attempts    INTEGER NOT NULL,
  status      TEXT NOT NULL,
  UNIQUE (sync, record_key)
);
CREATE INDEX dead_letters_by_status ON dead_letters (sync, status);

CREATE TABLE pending_keys (
  run_id     TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  record_key TEXT NOT NULL,
  PRIMARY KEY (run_id, record_key)
);

CREATE TABLE sync_controls (
  sync       TEXT PRIMARY KEY,
  paused     BOOLEAN NOT NULL,
  reason     TEXT,
  updated_at BIGINT NOT NULL
);
