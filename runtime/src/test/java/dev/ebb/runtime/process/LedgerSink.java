package dev.ebb.runtime.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback batch webhook that keeps, for large runs, only what the crash tests assert on: each
 * key's latest record, every (key, idempotency key) pair seen, and how many records arrived again
 * with a pair already seen (a re-sent in-flight batch).
 */
final class LedgerSink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, String> latest = new ConcurrentHashMap<>();
  private final Set<String> deliveries = ConcurrentHashMap.newKeySet();
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong acknowledged = new AtomicLong();
  private volatile long stallMillis;
  private final Object gate = new Object();
  private boolean held;

  LedgerSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/batch";
  }

  void stall(long millis) {
    stallMillis = millis;
  }

  /** Holds every request that arrives from now on, unanswered, until {@link #release()}. */
  void hold() {
    synchronized (gate) {
      held = true;
    }
  }

  void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  /** Records received (a request counts once its body is read). */
  long records() {
    return records.get();
  }

  /** Records that arrived again under an idempotency key already seen. */
  long duplicates() {
    return duplicates.get();
  }

  /** Requests answered 200 (the answer was written). */
  long acknowledged() {
    return acknowledged.get();
  }

  /** Distinct (key, idempotency key) pairs: one per change delivered. */
  int deliveries() {
    return deliveries.size();
  }

  /** Each key's last received record as {@code name|amount}. */
  Map<String, String> latest() {
    return latest;
  }

  private void handle(HttpExchange exchange) throws IOException {
    JsonNode batch = JSON.readTree(exchange.getRequestBody());
    synchronized (gate) {
      while (held) {
        try {
          gate.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    if (stallMillis > 0) {
      try {
        Thread.sleep(stallMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (JsonNode envelope : batch) {
      String key = envelope.get("key").asText();
      JsonNode record = envelope.get("record");
      latest.put(key, record.get("name").asText() + "|" + record.get("amount").asText());
      if (!deliveries.add(key + "|" + envelope.get("idempotency_key").asText())) {
        duplicates.incrementAndGet();
      }
      records.incrementAndGet();
    }
    exchange.sendResponseHeaders(200, 2);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    acknowledged.incrementAndGet();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    executor.shutdownNow();
  }
}
