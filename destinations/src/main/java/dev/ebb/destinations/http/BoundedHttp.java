package dev.ebb.destinations.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests so that no answer can exhaust the heap or hang a run: the body is read up to a cap
 * (the rest is dropped with the connection), and the whole exchange — connecting, headers and body
 * — must finish within one deadline. The JDK client's own request timeout stops at the headers, so
 * a server trickling its body one byte a second would otherwise hold a lane for ever.
 */
public final class BoundedHttp {

  /** The most of an answer's body that is read: destinations' answers are small JSON documents. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private final HttpClient client;
  private final Duration deadline;
  private final int maxBodyBytes;

  public BoundedHttp(HttpClient client, Duration deadline) {
    this(client, deadline, MAX_BODY_BYTES);
  }

  public BoundedHttp(HttpClient client, Duration deadline, int maxBodyBytes) {
    this.client = client;
    this.deadline = deadline;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @throws HttpTimeoutException when the whole answer did not arrive within the deadline
   * @throws IOException when the connection failed
   */
  public HttpAnswer send(HttpRequest request) throws IOException, InterruptedException {
    CappedBody body = new CappedBody(maxBodyBytes);
    CompletableFuture<HttpResponse<CappedBody.Read>> answer = client.sendAsync(request, info -> body);
    try {
      HttpResponse<CappedBody.Read> response = answer.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      CappedBody.Read read = response.body();
      return new HttpAnswer(response.statusCode(), response.headers(), read.text(), read.truncated());
    } catch (TimeoutException e) {
      body.abandon();
      answer.cancel(true);
      throw new HttpTimeoutException(
          "no complete answer within " + deadline.toSeconds() + " s (" + body.received() + " bytes of body received)");
    } catch (InterruptedException e) {
      body.abandon();
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause);
    }
  }

  /** Collects a body up to a cap, then cancels the rest; can be abandoned when the deadline passes. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Read> {

    record Read(String text, boolean truncated) {}

    private final int cap;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Read> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long received;
    private boolean truncated;

    CappedBody(int cap) {
      this.cap = cap;
    }

    long received() {
      return received;
    }

    void abandon() {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
      result.completeExceptionally(new HttpTimeoutException("abandoned"));
    }

    @Override
    public CompletionStage<Read> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        received += buffer.remaining();
        int room = cap - bytes.size();
        int take = Math.min(room, buffer.remaining());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        bytes.write(chunk, 0, take);
        if (buffer.hasRemaining()) {
          truncated = true;
        }
      }
      if (truncated) {
        subscription.cancel(); // the rest is never read; the connection is closed, not reused
        complete();
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
      complete();
    }

    private void complete() {
      result.complete(new Read(bytes.toString(StandardCharsets.UTF_8), truncated));
    }
  }
}
