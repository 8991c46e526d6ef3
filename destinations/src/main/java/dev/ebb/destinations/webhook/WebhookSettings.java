package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destinations.http.OutboundAddresses;
import java.time.Duration;
import java.util.Map;

/** A resolved webhook config. */
record WebhookSettings(
    String url,
    String method,
    Map<String, String> headers,
    boolean batch,
    String body,
    String signingSecret,
    Duration timeout,
    boolean allowLinkLocal) {

  static WebhookSettings of(DestinationConfig config) {
    Map<String, Object> values = WebhookDestinationFactory.SPEC.withDefaults(config.values());
    DestinationConfig withDefaults =
        new DestinationConfig(config.name(), config.type(), values, config.projectDir());
    return new WebhookSettings(
        withDefaults.requireString("url"),
        withDefaults.string("method").orElse("POST"),
        withDefaults.stringMap("headers"),
        withDefaults.bool("batch", false),
        withDefaults.string("body").orElse(null),
        withDefaults.string("signing_secret").orElse(null),
        Duration.ofSeconds(withDefaults.number("timeout_seconds", 30)),
        withDefaults.bool(OutboundAddresses.ALLOW_LINK_LOCAL, false));
  }
}
