package dev.ebb.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mustachejava.MustacheNotFoundException;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What validation cannot see (env vars, values rendered from records) is refused at run time, and
 * nothing is sent: no request reaches the server.
 */
class WebhookRefusalsTest {

  private static final ObjectBinding BINDING =
      new ObjectBinding("s", "run-1", "contacts", WriteMode.UPSERT, "email", List.of(new FieldBinding("target", FieldType.STRING)));

  @TempDir Path dir;

  @Test
  void aUrlThatIsNotHttpAfterEnvExpansionFailsTheOpenWithNothingSent() {
    // What {{env.HOOK_URL}} became: validation saw only the reference.
    assertThatThrownBy(() -> open(Map.of("url", "gopher://127.0.0.1:70/x")))
        .isInstanceOf(DestinationException.class)
        .hasMessage("destination 'hook': url must start with http:// or https://, not gopher://; nothing was sent");
    assertThatThrownBy(() -> open(Map.of("url", "http://169.254.169.254/latest/meta-data/")))
        .isInstanceOf(DestinationException.class)
        .hasMessage("destination 'hook': url points at 169.254.169.254, a link-local address (instance credentials live"
            + " there); set allow_link_local: true if this is intended; nothing was sent");
    assertThatThrownBy(() -> open(Map.of("url", "http://127.0.0.1:1/x", "headers", Map.of("X-A", "ok\r\nX-Admin: 1"))))
        .isInstanceOf(DestinationException.class)
        .hasMessage("destination 'hook': header 'X-A' has a line break in its value; nothing was sent");
  }

  @Test
  void aRecordWhoseRenderedUrlIsNotHttpIsRejectedUnsent() throws Exception {
    try (TestingHttpSink sink = new TestingHttpSink(request -> TestingHttpSink.Answer.ok())) {
      ObjectWriter writer = open(Map.of("url", "{{target}}")).open(BINDING);
      OutboundRecord record = new OutboundRecord("1", Operation.UPSERT, "1", Map.of("target", "file:///etc/passwd"), "i-1");

      List<RecordOutcome> outcomes = writer.write(new RecordBatch("b1", List.of(record))).outcomes();

      assertThat(outcomes).singleElement().isInstanceOfSatisfying(RecordOutcome.Rejected.class, rejected ->
          assertThat(rejected.reason()).isEqualTo("not sent: url must start with http:// or https://, not 'file%3A%2F%2F%2Fetc%2Fpasswd'"));
      assertThat(sink.received).isEmpty();
    }
  }

  @Test
  void templatesNeverReadFiles() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "hunter2");

    assertThatThrownBy(() -> Templates.compile("{\"k\": \"{{> " + secret + "}}\"}", "body", Templates.Escaping.JSON))
        .isInstanceOf(MustacheNotFoundException.class);
    assertThatThrownBy(() -> open(Map.of("url", "http://127.0.0.1:1/x", "body", "{{> " + secret + "}}")).open(BINDING))
        .isInstanceOf(MustacheNotFoundException.class);
  }

  private static dev.ebb.destination.api.Destination open(Map<String, Object> config) throws DestinationException {
    return new WebhookDestinationFactory()
        .open(new DestinationConfig("hook", "webhook", config, Path.of(".")), TestingDestinationContext.system());
  }
}
