package dev.ebb.destinations.webhook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destinations.http.HeaderValues;
import dev.ebb.destinations.http.OutboundAddresses;
import dev.ebb.destinations.webhook.Templates.Escaping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the HTTP requests of one run: URL, headers and body from templates or the default JSON
 * envelope ({@code op, key, object, match, record, idempotency_key}), signed when a secret is set.
 */
final class WebhookRequests {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final WebhookSettings settings;
  private final ObjectBinding binding;
  private final Templates url;
  private final Map<String, Templates> headers = new LinkedHashMap<>();
  private final Templates body;
  private final RequestSigner signer;
  private final Envelopes envelopes;
  private final boolean templatedUrl;

  /** A request that must not be sent (its URL or a header, once rendered); nothing was sent. */
  static final class RefusedRequest extends RuntimeException {
    RefusedRequest(String reason) {
      super(reason);
    }
  }

  WebhookRequests(WebhookSettings settings, ObjectBinding binding, Clock clock) {
    this.settings = settings;
    this.binding = binding;
    this.envelopes = new Envelopes(binding.object());
    this.url = Templates.compile(settings.url(), "url", Escaping.URL);
    this.templatedUrl = settings.url().contains("{{");
    settings
        .headers()
        .forEach((name, value) -> headers.put(name, Templates.compile(value, "header." + name, Escaping.HEADER)));
    this.body = settings.body() == null ? null : Templates.compile(settings.body(), "body", Escaping.JSON);
    this.signer = settings.signingSecret() == null ? null : new RequestSigner(settings.signingSecret(), clock);
  }

  /**
   * Whether requests can be built from records whose fields are JSON text only: the body is the
   * default envelope, and no URL or header template sees a record (a batch's requests never do).
   */
  boolean acceptsFieldsJson() {
    return body == null
        && (settings.batch()
            || !(settings.url().contains("{{")
                || settings.headers().values().stream().anyMatch(value -> value.contains("{{"))));
  }

  /** One request carrying one record; its idempotency key is the record's. */
  HttpRequest single(OutboundRecord record) {
    Map<String, Object> scope = scope(record);
    byte[] payload =
        body != null ? body.render(scope).getBytes(StandardCharsets.UTF_8) : envelopes.one(record);
    return request(url.render(scope), scope, RequestBody.of(payload), record.idempotencyKey());
  }

  /** One request carrying a JSON array of the batch's records; its idempotency key is the batch id. */
  HttpRequest batch(RecordBatch batch) {
    Map<String, Object> scope = scope(null);
    RequestBody payload;
    if (body != null) {
      StringBuilder array = new StringBuilder("[");
      for (OutboundRecord record : batch.records()) {
        array.append(array.length() > 1 ? "," : "").append(body.render(scope(record)));
      }
      payload = RequestBody.of(array.append(']').toString().getBytes(StandardCharsets.UTF_8));
    } else {
      payload = envelopes.array(batch.records());
    }
    return request(url.render(scope), scope, payload, batch.batchId());
  }

  private HttpRequest request(String target, Map<String, Object> scope, RequestBody payload, String idempotencyKey) {
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      throw new RefusedRequest("the url '" + target + "' is not a valid URL: " + e.getMessage());
    }
    if (templatedUrl) {
      // Checked once for a fixed URL (when the destination opened); a rendered one, every time.
      OutboundAddresses.refusalResolved(uri, settings.allowLinkLocal()).ifPresent(refusal -> {
        throw new RefusedRequest(refusal);
      });
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .method(settings.method(), payload.publisher())
            .header("Content-Type", "application/json");
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    headers.forEach((name, template) -> {
      String value = template.render(scope);
      HeaderValues.problem(name, value).ifPresent(problem -> {
        throw new RefusedRequest(problem);
      });
      request.setHeader(name, value);
    });
    if (signer != null) {
      signer.sign(payload.chunks()).forEach(request::setHeader);
    }
    return request.build();
  }

  /** The record's fields at the top, and the run's facts under {@code ebb}. */
  private Map<String, Object> scope(OutboundRecord record) {
    Map<String, Object> ebb = new HashMap<>();
    ebb.put("object", binding.object());
    ebb.put("sync", binding.sync());
    ebb.put("run_id", binding.runId());
    Map<String, Object> scope = new HashMap<>();
    if (record != null) {
      scope.putAll(record.fields());
      ebb.put("key", record.key());
      ebb.put("op", Envelopes.op(record));
      ebb.put("match", record.matchValue());
      ebb.put("idempotency_key", record.idempotencyKey());
      ebb.put("record_json", new String(json(record.fields()), StandardCharsets.UTF_8));
    }
    scope.put("ebb", ebb);
    return scope;
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
