package dev.ebb.compiler.diff;

import java.util.Map;

/** How many keys a run's diff found, per {@link DiffOp}. */
public record DiffCounts(long added, long changed, long removed, long unchanged) {

  /**
   * @param materialised row counts per op in the diff table
   * @param modelRows the model's row count; unchanged rows are only materialised in mode {@code
   *     all}, otherwise they are the rest of the model
   */
  public static DiffCounts of(Map<DiffOp, Long> materialised, long modelRows) {
    long added = materialised.getOrDefault(DiffOp.ADDED, 0L);
    long changed = materialised.getOrDefault(DiffOp.CHANGED, 0L);
    long removed = materialised.getOrDefault(DiffOp.REMOVED, 0L);
    long unchanged =
        materialised.containsKey(DiffOp.UNCHANGED)
            ? materialised.get(DiffOp.UNCHANGED)
            : modelRows - added - changed;
    return new DiffCounts(added, changed, removed, unchanged);
  }

  public long count(DiffOp op) {
    switch (op) {
      case ADDED:
        return added;
      case CHANGED:
        return changed;
      case REMOVED:
        return removed;
      default:
        return unchanged;
    }
  }
}
