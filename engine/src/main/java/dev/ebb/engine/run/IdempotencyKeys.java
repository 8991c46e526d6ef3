package dev.ebb.engine.run;

import dev.ebb.destination.api.Operation;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
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
  /** One digest and buffer per thread: lanes compute keys in parallel, and a digest is not thread-safe. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
    // The digest's input assembled in one buffer and hashed with one update: a digest's per-call
    // overhead, not SHA-256 itself, dominated when the fields went in one by one.
    Scratch scratch = SCRATCH.get();
    byte[] name = OPERATIONS[operation.ordinal()];
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    byte[] in = scratch.input(prefix.length + name.length + keyBytes.length + 2 + Long.BYTES);
    int at = 0;
    System.arraycopy(prefix, 0, in, at, prefix.length);
    at += prefix.length;
    System.arraycopy(name, 0, in, at, name.length);
    at += name.length;
    in[at++] = 0;
    System.arraycopy(keyBytes, 0, in, at, keyBytes.length);
    at += keyBytes.length;
    in[at++] = 0;
    if (rowHash != null) {
      long hash = rowHash;
      for (int shift = 56; shift >= 0; shift -= 8) {
        in[at++] = (byte) (hash >>> shift);
      }
    }
    return HEX.formatHex(scratch.digest(in, at), 0, 16);
  }

  private static byte[][] operationNames() {
    Operation[] operations = Operation.values();
    byte[][] names = new byte[operations.length][];
    for (Operation operation : operations) {
      names[operation.ordinal()] = operation.name().getBytes(StandardCharsets.US_ASCII);
    }
    return names;
  }

  /** A thread's digest, its input buffer (grown as needed) and its output. */
  private static final class Scratch {
    private final MessageDigest sha256;
    private final byte[] output = new byte[32];
    private byte[] input = new byte[256];

    Scratch() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from the JDK", e);
      }
    }

    byte[] input(int length) {
      if (input.length < length) {
        input = new byte[Math.max(length, 2 * input.length)];
      }
      return input;
    }

    byte[] digest(byte[] in, int length) {
      sha256.update(in, 0, length);
      try {
        sha256.digest(output, 0, output.length);
      } catch (DigestException e) {
        throw new IllegalStateException("SHA-256 output buffer too small", e);
      }
      return output;
    }
  }
}
