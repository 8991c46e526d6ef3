package dev.ebb.compiler.diff;

import dev.ebb.destination.api.WriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The guards that stop a run before anything is sent, evaluated on the checks and the diff's counts:
 * {@code delete_safety} (a mirror run deleting too much of the snapshot), {@code change_safety}
 * (a run changing too much of it) and an empty model over a non-empty snapshot (a probable upstream
 * failure); {@code --confirm} lets such a run proceed.
 *
 * @param deleteSafety fraction of the snapshot a mirror run may delete, or null for no limit
 * @param changeSafety fraction of the snapshot a run may change, or null for no limit
 */
public record DiffGuards(Double deleteSafety, Double changeSafety) {

  /** The checks alone: bad keys, or an empty model over a non-empty snapshot. */
  public List<GuardViolation> beforeDiff(String sync, DiffCheckResult checks) {
    List<GuardViolation> violations = new ArrayList<>();
    if (checks.nullKeys() > 0) {
      violations.add(
          new GuardViolation(
              GuardViolation.Kind.NULL_KEYS,
              String.format(
                  Locale.ROOT,
                  "sync %s: %d model rows have a NULL primary key, e.g. %s",
                  sync,
                  checks.nullKeys(),
                  checks.nullKeySamples()),
              "filter or fix these rows in the model; nothing was sent"));
    }
    violations.addAll(duplicateKeys(sync, checks.duplicateKeys()));
    if (checks.modelRows() == 0 && checks.snapshotRows() > 0) {
      violations.add(
          new GuardViolation(
              GuardViolation.Kind.EMPTY_MODEL,
              String.format(
                  Locale.ROOT,
                  "sync %s: the model is empty but %d rows were delivered before: a probable"
                      + " upstream failure",
                  sync,
                  checks.snapshotRows()),
              "if the model is really empty now, confirm the run to proceed"));
    }
    return violations;
  }

  /**
   * Duplicate keys found against the diff, which make its counts meaningless; else the volume
   * guards on its counts.
   */
  public List<GuardViolation> afterDiff(
      String sync, WriteMode mode, PlannedDiff diff, long snapshotRows) {
    if (diff.duplicateKeys().found()) {
      return duplicateKeys(sync, diff.duplicateKeys());
    }
    return afterDiff(sync, mode, diff.counts(), snapshotRows);
  }

  private static List<GuardViolation> duplicateKeys(String sync, DuplicateKeys duplicates) {
    if (!duplicates.found()) {
      return List.of();
    }
    return List.of(
        new GuardViolation(
            GuardViolation.Kind.DUPLICATE_KEYS,
            String.format(
                Locale.ROOT,
                "sync %s: %d primary keys occur more than once, e.g. %s",
                sync,
                duplicates.keys(),
                duplicates.samples()),
            "make the primary key unique in the model; nothing was sent"));
  }

  /** The volume guards, on the diff's counts. {@code snapshotRows} 0 (first run) never trips. */
  public List<GuardViolation> afterDiff(
      String sync, WriteMode mode, DiffCounts counts, long snapshotRows) {
    List<GuardViolation> violations = new ArrayList<>();
    if (snapshotRows == 0) {
      return violations;
    }
    Set<DiffOp> sent = DiffPlanner.sentOps(mode);
    if (deleteSafety != null && sent.contains(DiffOp.REMOVED)) {
      double fraction = (double) counts.removed() / snapshotRows;
      if (fraction > deleteSafety) {
        violations.add(
            exceeded(GuardViolation.Kind.DELETE_SAFETY, sync, "delete", counts.removed(),
                snapshotRows, fraction, deleteSafety, "delete_safety"));
      }
    }
    if (changeSafety != null) {
      long changes = 0;
      for (DiffOp op : sent) {
        changes += op == DiffOp.UNCHANGED ? 0 : counts.count(op);
      }
      double fraction = (double) changes / snapshotRows;
      if (fraction > changeSafety) {
        violations.add(
            exceeded(GuardViolation.Kind.CHANGE_SAFETY, sync, "change", changes, snapshotRows,
                fraction, changeSafety, "change_safety"));
      }
    }
    return violations;
  }

  private static GuardViolation exceeded(
      GuardViolation.Kind kind, String sync, String verb, long rows, long snapshotRows,
      double fraction, double limit, String key) {
    return new GuardViolation(
        kind,
        String.format(
            Locale.ROOT,
            "sync %s: the run would %s %d of %d delivered rows (%.1f%%), above %s %.1f%%",
            sync, verb, rows, snapshotRows, fraction * 100, key, limit * 100),
        "check the model; if this is intended, confirm the run or raise " + key);
  }
}
