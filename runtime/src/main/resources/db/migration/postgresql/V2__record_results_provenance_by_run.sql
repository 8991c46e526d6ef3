-- A record's provenance (sync, git commit, mapping fingerprint) is its run's: kept once in runs,
-- not in every line of the per-record log, which a run writes by the million.
ALTER TABLE record_results DROP COLUMN sync, DROP COLUMN git_commit, DROP COLUMN mapping_fingerprint;
