package dev.ebb.destination.api;

import java.time.Duration;

/** What happened to one record of a batch. */
public sealed interface RecordOutcome {

  Accepted ACCEPTED = new Accepted();

  /** Written: the snapshot advances for this record. */
  record Accepted() implements RecordOutcome {}

  /** Not written, on purpose (update mode: no such record in the destination); counted, not retried. */
  record Skipped(String reason) implements RecordOutcome {}

  /**
   * Failed for a reason that may pass (rate limit, timeout, 5xx): retried.
   *
   * @param retryAfter the wait the destination asked for, or {@code null}
   * @param throttled the destination refused for sending too fast (HTTP 429): the runtime slows down
   */
  record Retryable(String reason, Duration retryAfter, boolean throttled) implements RecordOutcome {
    public Retryable(String reason, Duration retryAfter) {
      this(reason, retryAfter, false);
    }
  }

  /** Refused for good (validation error): dead-lettered with the reason, not retried this run. */
  record Rejected(String reason) implements RecordOutcome {}
}
