package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteResult;
import dev.ebb.destinations.http.BoundedHttp;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One request per record, in order. After a retryable answer the rest of the batch is not sent
 * (it would ignore the destination's {@code Retry-After}) and comes back retryable too.
 */
final class SingleWebhookWriter implements ObjectWriter {

  private final BoundedHttp client;
  private final WebhookRequests requests;
  private final HttpAnswers answers;

  SingleWebhookWriter(BoundedHttp client, WebhookRequests requests, Clock clock) {
    this.client = client;
    this.requests = requests;
    this.answers = new HttpAnswers(clock);
  }

  @Override
  public int requestCount(int records) {
    return records;
  }

  @Override
  public boolean acceptsFieldsJson() {
    return requests.acceptsFieldsJson();
  }

  @Override
  public WriteResult write(RecordBatch batch) throws DestinationException {
    List<RecordOutcome> outcomes = new ArrayList<>(batch.size());
    RecordOutcome.Retryable stop = null;
    for (OutboundRecord record : batch.records()) {
      if (stop != null) {
        outcomes.add(new RecordOutcome.Retryable("not sent: " + stop.reason(), stop.retryAfter(), false));
        continue;
      }
      RecordOutcome outcome = send(record);
      if (outcome instanceof RecordOutcome.Retryable retryable) {
        stop = retryable;
      }
      outcomes.add(outcome);
    }
    return new WriteResult(outcomes);
  }

  private RecordOutcome send(OutboundRecord record) throws DestinationException {
    try {
      return answers.outcome(client.send(requests.single(record)));
    } catch (WebhookRequests.RefusedRequest e) {
      return new RecordOutcome.Rejected("not sent: " + e.getMessage());
    } catch (IOException e) {
      return HttpAnswers.failure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DestinationException.retryable("interrupted", null, e);
    } catch (IllegalArgumentException e) {
      return new RecordOutcome.Rejected("invalid request for this record: " + e.getMessage());
    }
  }
}
