package dev.ebb.runtime.process;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A loopback batch webhook that notes when each request arrived, by path (one path per sending
 * process), and answers 200, or 503 with {@code Retry-After: 0} while told to fail. It can hold its
 * answers until requests to each of some paths arrived, so that processes started together, but
 * up and running at different times, then send at the same time.
 */
final class PacedSink implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
  private volatile boolean failing;
  private volatile Set<String> awaited = Set.of();
  private final CountDownLatch allArrived = new CountDownLatch(1);

  PacedSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  /** Answers nothing until a request to each of {@code paths} arrived. */
  void holdUntilEachSent(String... paths) {
    awaited = Set.of(paths).stream().map(p -> "/" + p).collect(Collectors.toUnmodifiableSet());
  }

  void failing(boolean value) {
    failing = value;
  }

  /** When the requests to {@code path} arrived, in {@link System#nanoTime} nanoseconds. */
  List<Long> arrivals(String path) {
    return List.copyOf(arrivals.getOrDefault("/" + path, List.of()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    long at = System.nanoTime();
    exchange.getRequestBody().readAllBytes();
    arrivals.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>()).add(at);
    if (arrivals.keySet().containsAll(awaited)) {
      allArrived.countDown();
    }
    try {
      if (!awaited.isEmpty() && !allArrived.await(60, TimeUnit.SECONDS)) {
        throw new IOException("not every process sent within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
    if (failing) {
      exchange.getResponseHeaders().add("Retry-After", "0");
      exchange.sendResponseHeaders(503, body.length);
    } else {
      exchange.sendResponseHeaders(200, body.length);
    }
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
