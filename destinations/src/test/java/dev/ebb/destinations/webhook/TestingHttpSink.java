package dev.ebb.destinations.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on loopback that answers through a handler and remembers every request. */
public final class TestingHttpSink implements AutoCloseable {

  /** One request as received. */
  public record Received(long arrivedNanos, String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The answer to one request; {@code null} status drops the connection without answering. */
  public record Answer(Integer status, Map<String, String> headers, String body, long stallMillis) {
    public static Answer ok() {
      return new Answer(200, Map.of(), "{}", 0);
    }

    public static Answer status(int status, String body) {
      return new Answer(status, Map.of(), body, 0);
    }

    public static Answer drop() {
      return new Answer(null, Map.of(), "", 0);
    }
  }

  public interface Handler {
    Answer answer(Received request);
  }

  public final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  public TestingHttpSink(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", exchange -> handle(exchange, handler));
    server.setExecutor(executor);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange exchange, Handler handler) throws IOException {
    long arrived = System.nanoTime();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Received request =
        new Received(
            arrived,
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    received.add(request);
    Answer answer = handler.answer(request);
    if (answer.stallMillis() > 0) {
      try {
        Thread.sleep(answer.stallMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.status() == null) {
      // a connection reset as clients see it: no answer, connection gone
      exchange.close();
      throw new IOException("dropped on purpose");
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
