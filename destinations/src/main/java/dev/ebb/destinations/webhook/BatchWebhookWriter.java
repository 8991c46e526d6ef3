package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteResult;
import dev.ebb.destinations.http.BoundedHttp;
import java.io.IOException;
import java.time.Clock;
import java.util.Collections;

/** One request per batch: the answer applies to every record of it. */
final class BatchWebhookWriter implements ObjectWriter {

  private final BoundedHttp client;
  private final WebhookRequests requests;
  private final HttpAnswers answers;

  BatchWebhookWriter(BoundedHttp client, WebhookRequests requests, Clock clock) {
    this.client = client;
    this.requests = requests;
    this.answers = new HttpAnswers(clock);
  }

  @Override
  public boolean acceptsFieldsJson() {
    return requests.acceptsFieldsJson();
  }

  @Override
  public WriteResult write(RecordBatch batch) throws DestinationException {
    RecordOutcome outcome;
    try {
      outcome = answers.outcome(client.send(requests.batch(batch)));
    } catch (WebhookRequests.RefusedRequest e) {
      outcome = new RecordOutcome.Rejected("not sent: " + e.getMessage());
    } catch (IOException e) {
      outcome = HttpAnswers.failure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DestinationException.retryable("interrupted", null, e);
    }
    if (outcome instanceof RecordOutcome.Retryable retryable) {
      throw HttpAnswers.asException(retryable);
    }
    return new WriteResult(Collections.nCopies(batch.size(), outcome));
  }
}
