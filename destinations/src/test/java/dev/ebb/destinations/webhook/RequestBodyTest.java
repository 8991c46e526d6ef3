package dev.ebb.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

  @Test
  void whatIsWrittenComesOutInChunksThatConcatenateToIt() throws Exception {
    byte[] expected = new byte[100_000];
    new Random(3).nextBytes(expected);
    RequestBody.Writer writer = new RequestBody.Writer();
    writer.write(expected[0]);
    writer.write(expected, 1, 40_000);
    writer.write(expected, 40_001, expected.length - 40_001);

    RequestBody body = writer.body();

    assertThat(body.length()).isEqualTo(expected.length);
    assertThat(body.chunks()).hasSizeGreaterThan(1);
    assertThat(concat(body.chunks())).isEqualTo(expected);
    assertThat(body.publisher().contentLength()).isEqualTo(expected.length);
    assertThat(published(body)).isEqualTo(expected);
  }

  @Test
  void anEmptyBodyHasNoChunks() {
    RequestBody body = new RequestBody.Writer().body();

    assertThat(body.length()).isZero();
    assertThat(body.chunks()).isEmpty();
  }

  private static byte[] concat(List<byte[]> chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** What the HTTP client would send: the publisher's buffers, in order. */
  private static byte[] published(RequestBody body) throws Exception {
    List<byte[]> received = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    body.publisher().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer item) {
        byte[] bytes = new byte[item.remaining()];
        item.get(bytes);
        received.add(bytes);
      }

      @Override
      public void onError(Throwable throwable) {
        done.completeExceptionally(throwable);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    done.get();
    return concat(received);
  }
}
