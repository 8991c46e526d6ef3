package dev.ebb.compiler.diff;

import java.util.List;

/**
 * The queries a run executes before delivering anything: NULL or duplicate primary keys fail the
 * run with samples, and the counts feed the guards ({@link DiffGuards}).
 *
 * @param model one row: model row count, rows with a NULL key part
 * @param nullKeySamples up to 10 rows of key columns (as text) where a part is NULL
 * @param duplicateKeys one row: how many keys occur more than once (a pass over the model, run only
 *     when the diff's counts say there are duplicates, or when NULL keys keep the diff from running)
 * @param duplicateKeySamples up to 10 rows: duplicated key, occurrences (the same pass again)
 * @param addedDuplicateKeys over the materialised diff: up to 10 rows of a key added more than
 *     once, its occurrences, and how many such keys there are
 * @param snapshot one row: snapshot row count
 * @param storedFingerprint one row: the fingerprint the snapshot was delivered under, or NULL
 */
public record DiffChecks(
    SqlStatement model,
    SqlStatement nullKeySamples,
    SqlStatement duplicateKeys,
    SqlStatement duplicateKeySamples,
    SqlStatement addedDuplicateKeys,
    SqlStatement snapshot,
    SqlStatement storedFingerprint) {

  public List<SqlStatement> all() {
    return List.of(
        model,
        nullKeySamples,
        duplicateKeys,
        duplicateKeySamples,
        addedDuplicateKeys,
        snapshot,
        storedFingerprint);
  }
}
