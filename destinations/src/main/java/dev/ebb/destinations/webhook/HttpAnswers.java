package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destinations.http.RetryAfter;
import dev.ebb.destinations.http.HttpAnswer;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * What an HTTP answer means for the records it carried: 2xx accepted; 429 throttled; 408 and 5xx
 * retryable (with {@code Retry-After} when given); other statuses rejected with the response body.
 */
final class HttpAnswers {

  private static final int MAX_REASON = 500;

  private final Clock clock;

  HttpAnswers(Clock clock) {
    this.clock = clock;
  }

  RecordOutcome outcome(HttpAnswer response) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return RecordOutcome.ACCEPTED;
    }
    String reason = "HTTP " + status + ": " + truncate(response.body());
    if (status == 429 || status == 408 || status >= 500) {
      Duration retryAfter =
          RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock).orElse(null);
      return new RecordOutcome.Retryable(reason, retryAfter, status == 429);
    }
    return new RecordOutcome.Rejected(reason);
  }

  /** Timeouts, refused or reset connections, connections closed under a reused request. */
  static RecordOutcome failure(IOException e) {
    String kind = e instanceof HttpTimeoutException ? "timed out" : "connection failed";
    return new RecordOutcome.Retryable(kind + ": " + e, null, false);
  }

  static DestinationException asException(RecordOutcome.Retryable retryable) {
    return retryable.throttled()
        ? DestinationException.throttled(retryable.reason(), retryable.retryAfter())
        : DestinationException.retryable(retryable.reason(), retryable.retryAfter());
  }

  private static String truncate(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
  }
}
