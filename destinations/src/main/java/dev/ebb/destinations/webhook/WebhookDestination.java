package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destinations.http.BoundedHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;

/** An open webhook: one HTTP client, shared by every run and lane. */
final class WebhookDestination implements Destination {

  private final WebhookSettings settings;
  private final Clock clock;
  private final HttpClient client;
  private final BoundedHttp http;

  WebhookDestination(WebhookSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .build();
    // timeout_seconds bounds the whole exchange, the body included.
    this.http = new BoundedHttp(client, settings.timeout());
  }

  /** Reaches the endpoint's host; any HTTP answer proves it is there. */
  @Override
  public void check() throws DestinationException {
    if (settings.url().contains("{{")) {
      return; // the URL depends on each record
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.url()))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .timeout(settings.timeout())
            .build();
    try {
      http.send(request);
    } catch (IOException e) {
      throw DestinationException.retryable("cannot reach " + settings.url() + ": " + e, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DestinationException.retryable("interrupted", null, e);
    }
  }

  @Override
  public ObjectWriter open(ObjectBinding binding) {
    WebhookRequests requests = new WebhookRequests(settings, binding, clock);
    return settings.batch()
        ? new BatchWebhookWriter(http, requests, clock)
        : new SingleWebhookWriter(http, requests, clock);
  }
}
