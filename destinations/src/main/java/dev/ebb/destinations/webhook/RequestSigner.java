package dev.ebb.destinations.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a body so the receiver can verify it came from ebb and is fresh: {@code X-Ebb-Timestamp}
 * (Unix seconds) and {@code X-Ebb-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">}.
 */
public final class RequestSigner {

  public static final String SIGNATURE_HEADER = "X-Ebb-Signature";
  public static final String TIMESTAMP_HEADER = "X-Ebb-Timestamp";

  private final SecretKeySpec key;
  private final Clock clock;

  public RequestSigner(String secret, Clock clock) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
  }

  public Map<String, String> sign(byte[] body) {
    return sign(List.of(body));
  }

  /** Signs a body given as consecutive chunks. */
  public Map<String, String> sign(List<byte[]> body) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    return Map.of(TIMESTAMP_HEADER, timestamp, SIGNATURE_HEADER, "sha256=" + signature(timestamp, body));
  }

  public String signature(String timestamp, byte[] body) {
    return signature(timestamp, List.of(body));
  }

  private String signature(String timestamp, List<byte[]> body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      body.forEach(mac::update);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }
}
