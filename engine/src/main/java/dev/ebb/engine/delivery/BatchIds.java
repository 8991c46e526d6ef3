package dev.ebb.engine.delivery;

import dev.ebb.destination.api.OutboundRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A batch's id: the first 128 bits of a SHA-256 over its records' idempotency keys (or keys, for
 * a record without one), each followed by a zero byte. Deterministic: the same records re-sent
 * after a crash form the same id, which batch destinations receive as the batch's idempotency key.
 */
final class BatchIds {

  private static final HexFormat HEX = HexFormat.of();

  private BatchIds() {}

  static String of(List<OutboundRecord> records) {
    // Assembled in one buffer and hashed with one update: two digest updates per record cost
    // more than the hashing itself. Sized for idempotency keys (32 hex digits and the separator).
    byte[] input = new byte[records.size() * 33];
    int at = 0;
    for (OutboundRecord record : records) {
      String id = record.idempotencyKey() != null ? record.idempotencyKey() : record.key();
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      if (at + bytes.length + 1 > input.length) {
        input = Arrays.copyOf(input, Math.max(2 * input.length, at + bytes.length + 1));
      }
      System.arraycopy(bytes, 0, input, at, bytes.length);
      at += bytes.length;
      input[at++] = 0;
    }
    MessageDigest digest = sha256();
    digest.update(input, 0, at);
    return HEX.formatHex(digest.digest(), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
