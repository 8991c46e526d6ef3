package dev.ebb.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A destination answering with a huge body or trickling its answer byte by byte: the run gets an
 * outcome quickly, with a bounded amount read, and the reason says what happened.
 */
@Timeout(60)
class HostileAnswersIT {

  private static final ObjectBinding BINDING =
      new ObjectBinding("s", "run-1", "contacts", WriteMode.UPSERT, "email", List.of(new FieldBinding("email", FieldType.STRING)));
  private static final OutboundRecord RECORD =
      new OutboundRecord("1", Operation.UPSERT, "a@x.io", Map.of("email", "a@x.io"), "idem-1");

  private RawServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aFiveHundredMegabyteAnswerIsReadOnlyUpToTheCapAndTheRecordIsDelivered() throws Exception {
    long size = 500L * 1024 * 1024;
    server = new RawServer(out -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (long sent = 0; sent < size; sent += chunk.length) {
        out.write(chunk);
      }
    });
    long started = System.nanoTime();

    List<RecordOutcome> outcomes = writer(10).write(new RecordBatch("b1", List.of(RECORD))).outcomes();

    assertThat(outcomes).containsExactly(RecordOutcome.ACCEPTED);
    assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    server.awaitFinished();
    assertThat(server.bytesWritten.get()).as("the client stopped reading after the cap").isLessThan(100L * 1024 * 1024);
  }

  @Test
  void aRejectionWithAHugeBodyKeepsAShortReason() throws Exception {
    server = new RawServer(out -> {
      out.write("HTTP/1.1 422 Unprocessable\r\nContent-Length: 104857600\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'y');
      for (int i = 0; i < 1600; i++) {
        out.write(chunk);
      }
    });

    List<RecordOutcome> outcomes = writer(10).write(new RecordBatch("b1", List.of(RECORD))).outcomes();

    assertThat(outcomes).singleElement().isInstanceOfSatisfying(RecordOutcome.Rejected.class, rejected ->
        assertThat(rejected.reason()).startsWith("HTTP 422: yyyy").hasSizeLessThan(600));
  }

  @Test
  void anAnswerTricklingOneBytePerSecondEndsRetryableWhenTheTimeoutPasses() throws Exception {
    server = new RawServer(out -> {
      out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < 100; i++) {
        out.write('z');
        out.flush();
        Thread.sleep(1_000);
      }
    });
    long started = System.nanoTime();

    List<RecordOutcome> outcomes = writer(2).write(new RecordBatch("b1", List.of(RECORD))).outcomes();

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertThat(seconds).isBetween(1L, 5L);
    assertThat(outcomes).singleElement().isInstanceOfSatisfying(RecordOutcome.Retryable.class, retryable ->
        assertThat(retryable.reason()).startsWith("timed out: ").contains("no complete answer within 2 s"));
  }

  private ObjectWriter writer(int timeoutSeconds) throws Exception {
    Map<String, Object> config = Map.of("url", "http://127.0.0.1:" + server.port() + "/hook", "timeout_seconds", timeoutSeconds);
    return new WebhookDestinationFactory()
        .open(new DestinationConfig("hook", "webhook", config, Path.of(".")), TestingDestinationContext.system())
        .open(BINDING);
  }

  /** A loopback server that reads one request's head and answers with whatever the test writes. */
  private static final class RawServer implements AutoCloseable {

    interface Answer {
      void write(OutputStream out) throws Exception;
    }

    final AtomicLong bytesWritten = new AtomicLong();
    private final ServerSocket socket;
    private final Thread thread;

    RawServer(Answer answer) throws IOException {
      socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
      thread = new Thread(() -> {
        try (Socket client = socket.accept()) {
          readHead(client.getInputStream());
          OutputStream counting = new OutputStream() {
            private final OutputStream out = client.getOutputStream();

            @Override
            public void write(int b) throws IOException {
              out.write(b);
              bytesWritten.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
              bytesWritten.addAndGet(len);
            }

            @Override
            public void flush() throws IOException {
              out.flush();
            }
          };
          answer.write(counting);
        } catch (Exception closedByTheClient) {
          // the client hung up: what the test is about
        }
      }, "raw-http-server");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    void awaitFinished() throws InterruptedException {
      thread.join(30_000);
    }

    private static void readHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      }
      // The envelope is small: drain what is there so the client is not blocked writing it.
      Thread.onSpinWait();
      while (in.available() > 0) {
        in.read();
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      thread.interrupt();
    }
  }
}
