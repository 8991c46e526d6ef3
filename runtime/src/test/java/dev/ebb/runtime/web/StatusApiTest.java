package dev.ebb.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.Operation;
import dev.ebb.runtime.schedule.Scheduler;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.DeliveryOutcome;
import dev.ebb.engine.state.JdbcStateStore;
import dev.ebb.engine.state.NewDeadLetter;
import dev.ebb.engine.state.NewRecordResult;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.state.TestingClaims;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestConfig;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-ui-token-0123456789abcdef0123";
  private static final String MANIFEST = "{\"destinations\":[{\"name\":\"hook\",\"config\":{\"signing_secret\":\"{{env.HOOK_SECRET}}\"}}]}";

  @TempDir Path dir;
  private StateStore state;
  private Scheduler scheduler;
  private Run finished;

  @BeforeEach
  void setUp() {
    state = JdbcStateStore.open(StateConfig.sqlite(dir.resolve("state.db")), Clock.systemUTC());
    List<Sync> syncs = List.of(sync("leads", new Schedule.Cron("*/15 * * * *")), sync("nudges", new Schedule.Manual()));
    scheduler = new Scheduler(syncs, state, Clock.systemUTC(), (s, t) -> new NewRun(s.name(), t, false, "abc123", "fp1"));
    finished = state.createRun(new NewRun("leads", RunTrigger.SCHEDULE, false, "abc123", "fp1"));
    state.claim(ClaimHolder.inThisProcess("w1"), Duration.ofMinutes(1));
    state.transition(claim(finished), finished.id(), RunStatus.PLANNING);
    state.recordPlan(claim(finished), finished.id(), "diff_table", RunCounts.planned(3, 0, 0));
    state.transition(claim(finished), finished.id(), RunStatus.DELIVERING);
    List<NewRecordResult> results = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      results.add(new NewRecordResult(finished.id(), "k" + i, Operation.UPSERT,
          i == 3 ? DeliveryOutcome.REJECTED : DeliveryOutcome.ACCEPTED, i == 3 ? "invalid email" : "200", Clock.systemUTC().instant()));
    }
    state.recordResults(results);
    state.deadLetter(List.of(new NewDeadLetter("leads", "k3", Operation.UPSERT, "{\"email\":\"nope\"}", "invalid email", finished.id())));
    state.checkpoint(claim(finished), finished.id(), 3, RunCounts.planned(3, 0, 0).plusDelivery(3, 2, 0, 1, 0));
    state.transition(claim(finished), finished.id(), RunStatus.COMMITTING);
    state.transition(claim(finished), finished.id(), RunStatus.SUCCEEDED);
  }

  @AfterEach
  void tearDown() {
    state.close();
  }

  @Test
  void listsSyncsWithHealthLastRunAndNextRun() {
    test(null, (server, client) -> {
      JsonNode syncs = json(client.get("/api/syncs"));
      assertThat(syncs).hasSize(2);
      JsonNode leads = syncs.get(0);
      assertThat(leads.get("name").asText()).isEqualTo("leads");
      assertThat(leads.get("health").asText()).as("succeeded with a dead letter").isEqualTo("warning");
      assertThat(leads.get("schedule").asText()).isEqualTo("*/15 * * * *");
      assertThat(leads.get("next_run_at").isNull()).isFalse();
      assertThat(leads.get("last_run").get("id").asText()).isEqualTo(finished.id());
      assertThat(leads.get("last_success_at").isNull()).isFalse();
      assertThat(syncs.get(1).get("health").asText()).isEqualTo("never_run");
      assertThat(syncs.get(1).get("next_run_at").isNull()).isTrue();

      JsonNode detail = json(client.get("/api/syncs/leads"));
      assertThat(detail.get("open_dead_letters").asInt()).isEqualTo(1);
      assertThat(client.get("/api/syncs/nope").code()).isEqualTo(404);
    });
  }

  @Test
  void showsRunsTimelineRecordsAndDeadLetters() {
    test(null, (server, client) -> {
      assertThat(json(client.get("/api/syncs/leads/runs"))).hasSize(1);
      assertThat(json(client.get("/api/runs"))).hasSize(1);

      JsonNode run = json(client.get("/api/runs/" + finished.id()));
      assertThat(run.get("status").asText()).isEqualTo("succeeded");
      assertThat(run.get("counts").get("succeeded").asLong()).isEqualTo(2);
      assertThat(run.get("counts").get("dead_lettered").asLong()).isEqualTo(1);
      assertThat(run.get("timeline").findValuesAsText("status"))
          .containsExactly("queued", "planning", "delivering", "committing", "succeeded");

      JsonNode page = json(client.get("/api/runs/" + finished.id() + "/records?offset=1&limit=1"));
      assertThat(page.get("records")).hasSize(1);
      assertThat(page.get("records").get(0).get("key").asText()).isEqualTo("k2");
      assertThat(client.get("/api/runs/" + finished.id() + "/records?limit=x").code()).isEqualTo(400);

      JsonNode letters = json(client.get("/api/runs/" + finished.id() + "/dead-letters"));
      assertThat(letters).hasSize(1);
      assertThat(letters.get(0).get("reason").asText()).isEqualTo("invalid email");
      assertThat(client.get("/api/runs/nope").code()).isEqualTo(404);
    });
  }

  @Test
  void streamsAFinishedRunAsProgressThenEnd() {
    test(null, (server, client) -> {
      Response r = client.get("/api/runs/" + finished.id() + "/events", b -> b.header("Accept", "text/event-stream"));
      String events = r.body().string();
      assertThat(events).contains("event: progress", "\"new_records\":3", "event: end", "succeeded");
    });
  }

  @Test
  void actionsTriggerPauseResumeAndRetryWithTheCsrfToken() {
    test(null, (server, client) -> {
      String csrf = csrfCookie(client);

      Response queued = post(client, "/api/syncs/nudges/trigger", csrf(csrf));
      assertThat(queued.code()).isEqualTo(202);
      assertThat(json(queued).get("outcome").asText()).isEqualTo("queued");
      assertThat(json(post(client, "/api/syncs/nudges/trigger", csrf(csrf))).get("outcome").asText()).isEqualTo("coalesced");

      assertThat(json(post(client, "/api/syncs/leads/pause?reason=vendor%20outage", csrf(csrf))).get("paused").asBoolean()).isTrue();
      assertThat(json(client.get("/api/syncs/leads")).get("health").asText()).isEqualTo("paused");
      assertThat(post(client, "/api/syncs/leads/trigger", csrf(csrf)).code()).isEqualTo(409);
      assertThat(json(post(client, "/api/syncs/leads/resume", csrf(csrf))).get("paused").asBoolean()).isFalse();

      JsonNode retry = json(post(client, "/api/runs/" + finished.id() + "/retry", csrf(csrf)));
      assertThat(retry.get("retried").asInt()).isEqualTo(1);
      assertThat(retry.get("run").get("trigger").asText()).isEqualTo("retry");
      assertThat(state.openDeadLetters("leads")).isEmpty();
      assertThat(post(client, "/api/runs/nope/retry", csrf(csrf)).code()).isEqualTo(404);
    });
  }

  @Test
  void mutationsWithoutTheCsrfTokenOrFromAnotherSiteAreForbidden() {
    test(null, (server, client) -> {
      String csrf = csrfCookie(client);
      assertThat(post(client, "/api/syncs/nudges/trigger", b -> {}).code()).isEqualTo(403);
      assertThat(post(client, "/api/syncs/nudges/trigger", b -> b.header("Cookie", "ebb_csrf=" + csrf)).code()).isEqualTo(403);
      assertThat(post(client, "/api/syncs/nudges/trigger", b -> b.header("Cookie", "ebb_csrf=" + csrf).header("X-CSRF-Token", "guess")).code())
          .isEqualTo(403);
      assertThat(post(client, "/api/syncs/nudges/trigger", csrf(csrf).andThen(b -> b.header("Origin", "http://evil.example"))).code())
          .isEqualTo(403);
      assertThat(post(client, "/api/syncs/nudges/trigger", csrf(csrf).andThen(b -> b.header("Sec-Fetch-Site", "cross-site"))).code())
          .isEqualTo(403);
      assertThat(state.runs("nudges", 10)).isEmpty();
    });
  }

  @Test
  void withATokenEveryRequestButHealthNeedsIt() {
    test(TOKEN, (server, client) -> {
      assertThat(client.get("/health").code()).isEqualTo(200);
      for (String path : List.of("/api/syncs", "/api/runs/" + finished.id(), "/api/manifest", "/metrics", "/status/")) {
        assertThat(client.get(path).code()).as(path).isEqualTo(401);
        assertThat(client.get(path, b -> b.header("Authorization", "Bearer wrong")).code()).as(path).isEqualTo(401);
        assertThat(client.get(path, b -> b.header("Authorization", "Bearer " + TOKEN)).code()).as(path).isEqualTo(200);
      }
      assertThat(post(client, "/api/syncs/nudges/trigger", b -> {}).code()).isEqualTo(401);
      assertThat(post(client, "/api/syncs/nudges/trigger", b -> b.header("Authorization", "Bearer " + TOKEN)).code()).isEqualTo(202);

      assertThat(client.get("/login?token=wrong").code()).isEqualTo(401);
      String cookie = setCookie(client, "/login?token=" + TOKEN, "ebb_token=");
      assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      String session = cookie.substring(0, cookie.indexOf(';'));
      assertThat(client.get("/api/syncs", b -> b.header("Cookie", session)).code()).isEqualTo(200);
      assertThat(post(client, "/api/syncs/leads/pause", b -> b.header("Cookie", session)).code())
          .as("a browser session still needs the CSRF token").isEqualTo(403);
    });
  }

  @Test
  void servesManifestMetricsAndStatusPagesWithoutResolvedSecrets() {
    test(null, (server, client) -> {
      assertThat(client.get("/api/manifest").body().string()).contains("{{env.HOOK_SECRET}}");
      String metrics = client.get("/metrics").body().string();
      assertThat(metrics).contains("ebb_freshness_lag_seconds{destination=\"hook\",sync=\"leads\"}");
      assertThat(client.get("/status/").body().string()).contains("<main id=\"app\">");
      assertThat(client.get("/status/app.js").code()).isEqualTo(200);
      assertThat(client.get("/status/secret.txt").code()).isEqualTo(404);
      assertThat(client.get("/").headers().get("Location")).containsExactly("/status/");
    });
  }

  @Test
  void refusesANonLoopbackBindWithoutAToken() {
    WebSettings open = new WebSettings("0.0.0.0", 0, null, null, Duration.ofMillis(10));
    assertThat(open.refusal()).contains("EBB_UI_TOKEN");
    assertThat(new WebSettings("0.0.0.0", 0, TOKEN, null, Duration.ofMillis(10)).refusal()).isNull();
    assertThat(new WebSettings("127.0.0.1", 0, null, null, Duration.ofMillis(10)).refusal()).isNull();
    assertThat(new WebSettings("127.0.0.1", 0, "short-token", null, Duration.ofMillis(10)).refusal())
        .isEqualTo("EBB_UI_TOKEN is 11 characters long; use at least 32 random characters (e.g. the output of"
            + " `openssl rand -hex 32`)");
    assertThatThrownBy(() -> WebServer.start(open, state, scheduler, metrics(), () -> MANIFEST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesTokensExactly() {
    assertThat(AccessGuard.matches(TOKEN, TOKEN)).isTrue();
    assertThat(AccessGuard.matches(TOKEN + "x", TOKEN)).isFalse();
    assertThat(AccessGuard.matches(null, TOKEN)).isFalse();
    assertThat(AccessGuard.matches("", TOKEN)).isFalse();
  }

  private void test(String token, io.javalin.testtools.TestCase body) {
    Javalin app = WebServer.create(new WebSettings("127.0.0.1", 0, token, dir.resolve("no-docs"), Duration.ofMillis(20)),
        state, scheduler, metrics(), () -> MANIFEST);
    // A client without a cookie jar: each request carries exactly the cookies the test sets.
    JavalinTest.test(app, new TestConfig(true, true, java.net.http.HttpClient.newHttpClient()), body);
  }

  private ServeMetrics metrics() {
    return new ServeMetrics(scheduler.syncs(), state, Map::of, Clock.systemUTC());
  }

  /** The CSRF cookie a page visit sets (read with the JDK client: it shows Set-Cookie headers). */
  private static String csrfCookie(HttpClient client) throws Exception {
    String cookie = setCookie(client, "/status/", "ebb_csrf=");
    return cookie.substring("ebb_csrf=".length(), cookie.indexOf(';'));
  }

  private static String setCookie(HttpClient client, String path, String prefix) throws Exception {
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(java.net.URI.create(client.getOrigin() + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).findFirst().orElseThrow();
  }

  private static Consumer<io.javalin.testtools.Request.Builder> csrf(String token) {
    return b -> b.header("Cookie", "ebb_csrf=" + token).header("X-CSRF-Token", token);
  }

  private static Response post(HttpClient client, String path, Consumer<io.javalin.testtools.Request.Builder> request) {
    return client.request(path, b -> {
      b.post(HttpRequest.BodyPublishers.noBody());
      request.accept(b);
    });
  }

  private static JsonNode json(Response response) throws Exception {
    assertThat(response.code()).as(response.body().string()).isBetween(200, 299);
    return JSON.readTree(response.body().string());
  }

  private static Sync sync(String name, Schedule schedule) {
    return new Sync(name, "model", "hook", "object", WriteMode.UPSERT, null, List.of(), schedule, null, null, List.of(), null, null);
  }

  private SyncClaim claim(Run run) {
    return new TestingClaims(state).of(run);
  }
}
