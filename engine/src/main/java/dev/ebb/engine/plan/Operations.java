package dev.ebb.engine.plan;

import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.Operation;
import java.util.EnumMap;
import java.util.Map;

/** The destination operation a diff row becomes in each sync mode (docs/runs.md lists them). */
public final class Operations {

  private Operations() {}

  public static Operation of(WriteMode mode, DiffOp op) {
    return switch (mode) {
      case INSERT -> Operation.INSERT;
      case UPDATE -> Operation.UPDATE;
      case UPSERT, ALL -> Operation.UPSERT;
      case MIRROR -> op == DiffOp.REMOVED ? Operation.DELETE : Operation.UPSERT;
    };
  }

  /** How many records of each operation the mode sends for a diff. */
  public static Map<Operation, Long> sent(WriteMode mode, DiffCounts counts) {
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
