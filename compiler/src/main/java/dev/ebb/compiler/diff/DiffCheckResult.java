package dev.ebb.compiler.diff;

import java.util.List;
import java.util.Objects;

/**
 * What the checks found before the diff ran.
 *
 * @param nullKeySamples up to 10 key tuples (as text, NULL parts as null) with a NULL part
 * @param duplicateKeys found by a pass over the model, which the checks make only when NULL keys
 *     keep the diff from running; otherwise {@link DuplicateKeys#NONE}, and the engine's
 *     plan step checks the keys against the diff
 * @param snapshotStoredRows the rows the snapshot table stores, deleted ones not yet reclaimed
 *     included, where the warehouse tells ({@link dev.ebb.compiler.dialect.Dialect#compactsSnapshot});
 *     else {@code snapshotRows}
 * @param storedFingerprint the fingerprint of the last commit, or null before the first
 */
public record DiffCheckResult(
    long modelRows,
    long nullKeys,
    List<List<String>> nullKeySamples,
    DuplicateKeys duplicateKeys,
    long snapshotRows,
    long snapshotStoredRows,
    String storedFingerprint) {

  public DiffCheckResult {
    nullKeySamples = List.copyOf(nullKeySamples);
  }

  /** The share of the snapshot table's stored rows that commits deleted and nothing reclaimed yet. */
  public double snapshotDeletedShare() {
    return snapshotStoredRows <= snapshotRows ? 0 : (double) (snapshotStoredRows - snapshotRows) / snapshotStoredRows;
  }

  /** True when the snapshot was delivered under another mapping: every row counts as changed. */
  public boolean mappingChanged(String currentFingerprint) {
    return storedFingerprint != null && !Objects.equals(storedFingerprint, currentFingerprint);
  }
}
