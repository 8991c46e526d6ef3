package dev.ebb.compiler.diff;

import java.util.List;

/**
 * The queries a run executes before delivering anything (SPEC §6).
 *
 * @param model one row: model row count, rows with a NULL key part
 * @param nullKeySamples up to 10 rows of key columns (as text) where a part is NULL
 * @param duplicateKeys one row: how many keys occur more than once
 * @param duplicateKeySamples up to 10 rows: duplicated key, occurrences
 * @param snapshot one row: snapshot row count
 * @param storedFingerprint one row: the fingerprint the snapshot was delivered under, or NULL
 */
public record DiffChecks(
    SqlStatement model,
    SqlStatement nullKeySamples,
    SqlStatement duplicateKeys,
    SqlStatement duplicateKeySamples,
    SqlStatement snapshot,
    SqlStatement storedFingerprint) {

  public List<SqlStatement> all() {
    return List.of(
        model, nullKeySamples, duplicateKeys, duplicateKeySamples, snapshot, storedFingerprint);
  }
}
