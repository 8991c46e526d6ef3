package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.destinations.http.HeaderValues;
import dev.ebb.destinations.http.OutboundAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
          ConfigKey.optional(
              "timeout_seconds", ConfigType.INTEGER, 30, "per request: connecting, sending and reading the whole answer"),
          ConfigKey.optional(
              OutboundAddresses.ALLOW_LINK_LOCAL,
              ConfigType.BOOLEAN,
              false,
              "true: url may point at link-local (169.254.0.0/16, fe80::/10) and cloud metadata addresses"));

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
    return Capabilities.builder()
        .maxBatchSize(1_000)
        .defaultBatchSize(100)
        .defaultRequestsPerSecond(10)
        .defaultMaxConcurrency(4)
        .build();
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    List<ConfigProblem> problems = new ArrayList<>();
    boolean allowLinkLocal = config.bool(OutboundAddresses.ALLOW_LINK_LOCAL, false);
    config.string("url").ifPresent(url -> {
      Templates.problem("url", url).ifPresent(problems::add);
      urlProblem(writtenPart(url), allowLinkLocal).ifPresent(problems::add);
    });
    config.stringMap("headers").forEach((name, value) -> {
      Templates.problem("headers." + name, value).ifPresent(problems::add);
      HeaderValues.problem(name, value).ifPresent(problem ->
          problems.add(new ConfigProblem("headers." + name, problem, "write the value on one line",
              ConfigProblem.Kind.HEADER_VALUE)));
    });
    config.string("body").flatMap(body -> Templates.problem("body", body)).ifPresent(problems::add);
    if (config.values().get("timeout_seconds") instanceof Number n && n.longValue() <= 0) {
      problems.add(ConfigProblem.of("timeout_seconds", "timeout_seconds must be positive"));
    }
    return problems;
  }

  /**
   * The part of a URL known before templates and env vars are filled in: all of it, or up to the
   * first {@code {{} when it already holds the scheme and the whole host.
   */
  private static String writtenPart(String url) {
    int template = url.indexOf("{{");
    if (template < 0) {
      return url;
    }
    String head = url.substring(0, template);
    int hostStart = head.indexOf("://");
    if (hostStart < 0) {
      return null;
    }
    int hostEnd = indexOfAny(head, hostStart + 3, "/?#");
    return hostEnd < 0 ? head.substring(0, hostStart + 3) + "ebb.invalid" : head.substring(0, hostEnd);
  }

  private static int indexOfAny(String text, int from, String chars) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<ConfigProblem> urlProblem(String url, boolean allowLinkLocal) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      return OutboundAddresses.refusal(new URI(url), allowLinkLocal)
          .map(refusal -> new ConfigProblem("url", refusal, null, ConfigProblem.Kind.BLOCKED_ADDRESS));
    } catch (URISyntaxException e) {
      return Optional.of(ConfigProblem.of("url", "url is not a valid URL: " + e.getMessage()));
    }
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) throws DestinationException {
    WebhookSettings settings = WebhookSettings.of(config);
    // Env vars are filled in now: what validation could not see is checked again before any request.
    List<String> refusals = new ArrayList<>();
    if (!settings.url().contains("{{")) {
      try {
        OutboundAddresses.refusalResolved(new URI(settings.url()), settings.allowLinkLocal()).ifPresent(refusals::add);
      } catch (URISyntaxException e) {
        refusals.add("url is not a valid URL: " + e.getMessage());
      }
    } else {
      urlProblem(writtenPart(settings.url()), settings.allowLinkLocal()).map(ConfigProblem::message).ifPresent(refusals::add);
    }
    settings.headers().forEach((name, value) -> HeaderValues.problem(name, value).ifPresent(refusals::add));
    if (!refusals.isEmpty()) {
      throw DestinationException.permanent(
          "destination '" + config.name() + "': " + String.join("; ", refusals) + "; nothing was sent", null);
    }
    return new WebhookDestination(settings, context.clock());
  }
}
