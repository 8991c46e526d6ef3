package dev.ebb.runtime.sync;

import dev.ebb.destination.api.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency keys of one sync's records under one mapping fingerprint: a SHA-256 over (sync,
 * fingerprint, operation, key, row hash), the row hash being the warehouse's 64-bit hash of the
 * mapped columns, which the diff computed already. Deterministic for the same change: a record
 * re-sent after a crash, or by the next run after a failure, carries the same key, so destinations
 * that honour idempotency keys apply it once; and a digest, so keys and values do not leak.
 */
final class IdempotencyKeys {

  private static final HexFormat HEX = HexFormat.of();
  /** One digest per thread: lanes compute keys in parallel, and a digest is not thread-safe. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(IdempotencyKeys::sha256);

  /** Each operation's name as hashed, encoded once: keys are computed for every record. */
  private static final byte[][] OPERATIONS = operationNames();

  private final byte[] prefix;

  IdempotencyKeys(String sync, String fingerprint) {
    this.prefix = (sync + '\0' + fingerprint + '\0').getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param rowHash null for a removed row (its values are gone; the key alone identifies it)
   */
  String of(Operation operation, String key, Long rowHash) {
    MessageDigest sha = SHA_256.get();
    sha.update(prefix);
    sha.update(OPERATIONS[operation.ordinal()]);
    sha.update((byte) 0);
    sha.update(key.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    if (rowHash != null) {
      long hash = rowHash;
      for (int shift = 56; shift >= 0; shift -= 8) {
        sha.update((byte) (hash >>> shift));
      }
    }
    return HEX.formatHex(sha.digest(), 0, 16);
  }

  private static byte[][] operationNames() {
    Operation[] operations = Operation.values();
    byte[][] names = new byte[operations.length][];
    for (Operation operation : operations) {
      names[operation.ordinal()] = operation.name().getBytes(StandardCharsets.US_ASCII);
    }
    return names;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
