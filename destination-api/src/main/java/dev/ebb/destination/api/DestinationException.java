package dev.ebb.destination.api;

import java.time.Duration;
import java.util.Optional;

/** A whole-batch or connection failure. */
public class DestinationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final Duration retryAfter;

  public DestinationException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public static DestinationException retryable(String message, Duration retryAfter) {
    return new DestinationException(message, true, retryAfter, null);
  }

  public static DestinationException permanent(String message, Throwable cause) {
    return new DestinationException(message, false, null, cause);
  }

  /** A network error, 429, 5xx or timeout: the runtime retries with backoff. */
  public boolean isRetryable() {
    return retryable;
  }

  /** The wait the destination asked for ({@code Retry-After}), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
