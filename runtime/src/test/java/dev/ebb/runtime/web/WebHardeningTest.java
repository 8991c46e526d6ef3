package dev.ebb.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.runtime.schedule.Scheduler;
import dev.ebb.engine.state.JdbcStateStore;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.state.StateStore;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error pages, the Host check and the security headers of {@code ebb serve}, over real HTTP. */
class WebHardeningTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir Path dir;
  private StateStore state;
  private Scheduler scheduler;

  @BeforeEach
  void setUp() {
    state = JdbcStateStore.open(StateConfig.sqlite(dir.resolve("state.db")), Clock.systemUTC());
    Sync sync = new Sync("leads", "m", "d", "o", WriteMode.UPSERT, null, List.of(), new Schedule.Manual(), null, null,
        List.of(), null, null);
    scheduler = new Scheduler(List.of(sync), state, Clock.systemUTC(), (s, t) -> new NewRun(s.name(), t, false, "abc", "fp"));
  }

  @AfterEach
  void tearDown() {
    state.close();
  }

  @Test
  void errorPagesNeverEchoMarkupFromTheRequest() {
    test(List.of(), (server, client) -> {
      for (String path : List.of("/" + SCRIPT, "/status/" + SCRIPT, "/api/runs/" + SCRIPT, "/api/syncs/" + SCRIPT)) {
        String encoded = path.replace("<", "%3C").replace(">", "%3E");
        Response page = client.get(encoded, b -> b.header("Accept", "text/html"));
        assertThat(page.code()).as(path).isEqualTo(404);
        String body = page.body().string();
        assertThat(body).as(path).doesNotContain("<script>");
        String type = page.headers().get("Content-Type").get(0);
        if (path.startsWith("/api/")) {
          assertThat(type).as(path).startsWith("application/json");
          assertThat(body).as(path).contains("\"status\":404");
        } else {
          assertThat(type).as(path).startsWith("text/html");
        }
        assertThat(page.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
      }
      Response api = client.get("/api/runs/" + "%3Cb%3Ex%3C%2Fb%3E");
      assertThat(api.body().string()).isEqualTo("{\"error\":\"no run <b>x</b>\",\"status\":404}");
    });
  }

  @Test
  void requestsForAnotherHostNameAreMisdirected() {
    test(List.of("ebb.internal.example"), (server, client) -> {
      assertThat(rawGet(server.port(), "evil.example")).startsWith("HTTP/1.1 421 ")
          .contains("does not answer for the host name").doesNotContain("run_id");
      assertThat(rawGet(server.port(), "evil.example:" + server.port())).startsWith("HTTP/1.1 421 ");
      assertThat(rawGet(server.port(), "localhost:" + server.port())).startsWith("HTTP/1.1 200 ");
      assertThat(rawGet(server.port(), "127.0.0.1:" + server.port())).startsWith("HTTP/1.1 200 ");
      assertThat(rawGet(server.port(), "[::1]:" + server.port())).startsWith("HTTP/1.1 200 ");
      assertThat(rawGet(server.port(), "EBB.internal.example")).startsWith("HTTP/1.1 200 ");
    });
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    test(List.of(), (server, client) -> {
      for (String path : List.of("/status/", "/status/app.js", "/api/syncs", "/health", "/nope")) {
        var headers = client.get(path).headers();
        assertThat(headers.get("Content-Security-Policy")).as(path).containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.get("X-Frame-Options")).as(path).containsExactly("DENY");
        assertThat(headers.get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
      }
      assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    });
  }

  private void test(List<String> hostNames, io.javalin.testtools.TestCase body) {
    Javalin app = WebServer.create(
        new WebSettings("127.0.0.1", 0, null, dir.resolve("no-docs"), Duration.ofMillis(20), hostNames),
        state, scheduler, new ServeMetrics(scheduler.syncs(), state, Map::of, Clock.systemUTC()), () -> "{}");
    JavalinTest.test(app, body);
  }

  /** A GET of /api/syncs with a chosen Host header (the JDK client does not let a caller set one). */
  private static String rawGet(int port, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/syncs HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
