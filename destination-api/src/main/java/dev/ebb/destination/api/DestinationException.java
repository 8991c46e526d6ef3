package dev.ebb.destination.api;

import java.time.Duration;
import java.util.Optional;

/** A whole-batch or connection failure. */
public class DestinationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final Duration retryAfter;
  private final boolean throttled;

  public DestinationException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
    this(message, retryable, retryAfter, false, cause);
  }

  private DestinationException(
      String message, boolean retryable, Duration retryAfter, boolean throttled, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
    this.throttled = throttled;
  }

  /** The destination refused for sending too fast (HTTP 429): the runtime also slows down. */
  public static DestinationException throttled(String message, Duration retryAfter) {
    return new DestinationException(message, true, retryAfter, true, null);
  }

  public static DestinationException retryable(String message, Duration retryAfter, Throwable cause) {
    return new DestinationException(message, true, retryAfter, false, cause);
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

  /** Whether the destination asked to slow down (see {@link #throttled}). */
  public boolean isThrottled() {
    return throttled;
  }

  /** The wait the destination asked for ({@code Retry-After}), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
