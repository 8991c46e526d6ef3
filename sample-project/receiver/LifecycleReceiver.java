import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the lifecycle-messaging service the sample's webhook destination posts to: it
 * listens on 127.0.0.1:8599, checks each request's HMAC signature (when
 * LIFECYCLE_SIGNING_SECRET is set) and appends the bodies to output/lifecycle_webhook.jsonl.
 *
 * <p>Run it with the JDK's single-file launcher: {@code java receiver/LifecycleReceiver.java}.
 */
public final class LifecycleReceiver {

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8599;
    Path log = Path.of(args.length > 1 ? args[1] : "output/lifecycle_webhook.jsonl");
    Files.createDirectories(log.toAbsolutePath().getParent());
    String secret = System.getenv("LIFECYCLE_SIGNING_SECRET");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/hooks/lifecycle", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status = 200;
      if (secret != null && !validSignature(secret, exchange.getRequestHeaders().getFirst("X-Ebb-Timestamp"),
          exchange.getRequestHeaders().getFirst("X-Ebb-Signature"), body)) {
        status = 401;
      } else {
        synchronized (LifecycleReceiver.class) {
          Files.write(log, (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
              StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
      }
      byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"bad signature\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
    System.out.println("lifecycle receiver listening on http://127.0.0.1:" + port + "/hooks/lifecycle, writing " + log);
  }

  private static boolean validSignature(String secret, String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }
}
