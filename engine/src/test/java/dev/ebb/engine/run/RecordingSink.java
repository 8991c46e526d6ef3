package dev.ebb.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback webhook endpoint that parses the default envelopes ebb sends (one per request, or a
 * JSON array in batch mode) and remembers each record. In single mode it rejects, with a 422, the
 * records a predicate picks.
 */
final class RecordingSink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record as received; {@code record} is null for deletes. */
  record Received(String op, String key, Map<String, String> record, String idempotencyKey) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Received> received = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile Predicate<Received> rejecting = r -> false;
  private volatile long stallMillis;

  RecordingSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Records picked by {@code predicate} are answered 422 (single mode only). */
  void reject(Predicate<Received> predicate) {
    rejecting = predicate;
  }

  /** Holds each answer back, so a child process can be stopped while batches are in flight. */
  void stall(long millis) {
    stallMillis = millis;
  }

  long requests() {
    return requests.get();
  }

  /** Everything accepted since the last call. */
  synchronized List<Received> drain() {
    List<Received> copy = List.copyOf(received);
    received.clear();
    return copy;
  }

  synchronized int size() {
    return received.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody());
    List<Received> records = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(envelope -> records.add(parse(envelope)));
    } else {
      records.add(parse(body));
    }
    int status = 200;
    String answer = "{}";
    if (records.size() == 1 && rejecting.test(records.get(0))) {
      status = 422;
      answer = "{\"error\":\"invalid record " + records.get(0).key() + "\"}";
    } else {
      stallQuietly();
      synchronized (this) {
        received.addAll(records);
      }
    }
    requests.incrementAndGet();
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void stallQuietly() {
    if (stallMillis > 0) {
      try {
        Thread.sleep(stallMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static Received parse(JsonNode envelope) {
    JsonNode record = envelope.get("record");
    Map<String, String> fields = null;
    if (record != null && !record.isNull() && record.size() > 0) {
      fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
      }
    }
    return new Received(envelope.get("op").asText(), envelope.get("key").asText(), fields, envelope.get("idempotency_key").asText());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
