package dev.ebb.runtime.plan;

import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.model.SyncMode;
import dev.ebb.destination.api.Operation;
import java.util.EnumMap;
import java.util.Map;

/** The destination operation each diff row becomes in each mode (SPEC §6), as the run sends it. */
final class ModeOperations {

  private ModeOperations() {}

  static Operation of(SyncMode mode, DiffOp op) {
    return switch (mode) {
      case INSERT -> Operation.INSERT;
      case UPDATE -> Operation.UPDATE;
      case UPSERT, ALL -> Operation.UPSERT;
      case MIRROR -> op == DiffOp.REMOVED ? Operation.DELETE : Operation.UPSERT;
    };
  }

  /** How many records of each operation the mode sends for a diff. */
  static Map<Operation, Long> sent(SyncMode mode, DiffCounts counts) {
    Map<Operation, Long> sent = new EnumMap<>(Operation.class);
    for (DiffOp op : DiffPlanner.sentOps(mode)) {
      long count = counts.count(op);
      if (count > 0) {
        sent.merge(of(mode, op), count, Long::sum);
      }
    }
    return sent;
  }
}
