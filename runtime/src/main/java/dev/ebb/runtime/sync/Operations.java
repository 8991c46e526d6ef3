package dev.ebb.runtime.sync;

import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.model.SyncMode;
import dev.ebb.destination.api.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.Map;

/** The destination operation for each diff row in each mode (SPEC §6), and idempotency keys. */
public final class Operations {

  private Operations() {}

  public static Operation of(SyncMode mode, DiffOp op) {
    return switch (mode) {
      case INSERT -> Operation.INSERT;
      case UPDATE -> Operation.UPDATE;
      case UPSERT, ALL -> Operation.UPSERT;
      case MIRROR -> op == DiffOp.REMOVED ? Operation.DELETE : Operation.UPSERT;
    };
  }

  /** How many records of each operation the mode sends for a diff. */
  public static Map<Operation, Long> sent(SyncMode mode, DiffCounts counts) {
    Map<Operation, Long> sent = new EnumMap<>(Operation.class);
    for (DiffOp op : DiffPlanner.sentOps(mode)) {
      long count = counts.count(op);
      if (count > 0) {
        sent.merge(of(mode, op), count, Long::sum);
      }
    }
    return sent;
  }

  /**
   * Deterministic for the same change: a record re-sent after a crash, or by the next run after a
   * failure, carries the same key, so destinations that honour idempotency keys apply it once.
   */
  static String idempotencyKey(String sync, String fingerprint, Operation operation, String key, Map<String, Object> values) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String part : new String[] {sync, fingerprint, operation.name(), key, String.valueOf(values)}) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }
}
