package dev.ebb.runtime.destination.webhook;

import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.destination.api.WriteMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** {@code type: webhook}: records posted as JSON to an HTTP(S) endpoint. */
public final class WebhookDestinationFactory implements DestinationFactory {

  static final ConfigSpec SPEC =
      ConfigSpec.of(
          ConfigKey.required(
              "url", ConfigType.STRING, "the endpoint; a Mustache template over the record when batch is false"),
          ConfigKey.optional("method", ConfigType.STRING, "POST", "the HTTP method")
              .oneOf("POST", "PUT", "PATCH", "DELETE"),
          ConfigKey.optional("headers", ConfigType.STRING_MAP, null, "extra headers; values may be templates"),
          ConfigKey.optional("batch", ConfigType.BOOLEAN, false, "true: one request carries a JSON array of records"),
          ConfigKey.optional("body", ConfigType.STRING, null, "a Mustache template of one record's JSON body"),
          ConfigKey.optional(
                  "signing_secret",
                  ConfigType.STRING,
                  null,
                  "signs each body: X-Ebb-Signature: sha256=HMAC(secret, timestamp + '.' + body)")
              .asSecret(),
          ConfigKey.optional("timeout_seconds", ConfigType.INTEGER, 30, "per-request timeout"));

  @Override
  public String type() {
    return "webhook";
  }

  @Override
  public String description() {
    return "HTTP(S) endpoint receiving JSON records, one per request or batched";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(EnumSet.allOf(WriteMode.class), List.of(), 1_000, 100, 10, 4);
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    List<ConfigProblem> problems = new ArrayList<>();
    config
        .string("url")
        .filter(url -> !url.contains("{{"))
        .ifPresent(
            url -> {
              try {
                String scheme = URI.create(url).getScheme();
                if (!"http".equals(scheme) && !"https".equals(scheme)) {
                  problems.add(ConfigProblem.of("url", "url must start with http:// or https://"));
                }
              } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.of("url", "url is not a valid URL: " + e.getMessage()));
              }
            });
    if (config.values().get("timeout_seconds") instanceof Number n && n.longValue() <= 0) {
      problems.add(ConfigProblem.of("timeout_seconds", "timeout_seconds must be positive"));
    }
    return problems;
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) {
    return new WebhookDestination(WebhookSettings.of(config), context.clock());
  }
}
