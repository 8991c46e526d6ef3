package dev.ebb.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.engine.warehouse.Seeds;
import dev.ebb.engine.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ebb serve} on a copy of the sample project (embedded DuckDB): runs triggered through the API. */
class ServeIT {

  private static final Path SAMPLE = Path.of("../sample-project");
  private static final Set<String> LEFT_OUT = Set.of("target", ".ebb", "output", "warehouse.duckdb", "app.db");
  private static final String CANARY = "canary-7f3e9a1c-signing-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  private final HttpClient http = HttpClient.newHttpClient();
  private String base;
  private String csrf;

  @Test
  void triggeredRunsSucceedOrFailVisiblyAndNoResponseLeaksASecret() throws Exception {
    copySample();
    Compilation compilation = new Compiler(CalciteModelAnalyzer.create().withLineage(true), DestinationTypes.load())
        .compile(new DirectoryProjectSource(root));
    assertThat(compilation.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR"))).isEmpty();
    String manifest = ManifestWriter.toJson(new ManifestBuilder(compilation.project(), compilation.analysis(), GitInspector.inspect(root),
        DefinitionChecksums.of(compilation.project()), compilation.analysis().compiledSql()::compile, "test", Clock.systemUTC()).build());
    Map<String, String> env = Map.of("LIFECYCLE_SIGNING_SECRET", CANARY);
    try (Workspace workspace = Workspace.open(root, compilation, null, env, Clock.systemUTC())) {
      Seeds.loadAll(workspace.warehouse(), root, compilation.project().seeds(), compilation.project().config().seedSchema());
      ServeApplication.Options options = new ServeApplication.Options(1, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMillis(100));
      try (ServeApplication app = ServeApplication.start(
          workspace, new WebSettings("127.0.0.1", 0, null, null, Duration.ofMillis(100)), options, () -> manifest)) {
        base = "http://127.0.0.1:" + app.port();
        csrf = csrfCookie();

        JsonNode queued = post("/api/syncs/ltv_to_crm/trigger");
        String runId = queued.get("run").get("id").asText();
        JsonNode run = awaitFinished(runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("counts").get("succeeded").asLong()).isPositive();
        assertThat(get("/api/syncs/ltv_to_crm").get("health").asText()).isEqualTo("healthy");
        assertThat(get("/api/runs/" + runId + "/records").get("records")).isNotEmpty();
        assertThat(Files.list(root.resolve("output/companies"))).isNotEmpty();

        // The webhook's receiver is not running here: the run fails, and says why without the secret.
        String failing = post("/api/syncs/trial_nudges/trigger").get("run").get("id").asText();
        assertThat(awaitFinished(failing).get("status").asText()).isEqualTo("failed");

        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/api/syncs", "/api/runs", "/api/manifest", "/metrics", "/status/",
            "/api/syncs/trial_nudges", "/api/syncs/trial_nudges/runs", "/api/runs/" + failing,
            "/api/runs/" + failing + "/records", "/api/runs/" + failing + "/dead-letters", "/api/runs/" + runId + "/records")) {
          bodies.add(send(HttpRequest.newBuilder(URI.create(base + path))).body());
        }
        assertThat(bodies.get(2)).contains("{{env.LIFECYCLE_SIGNING_SECRET}}");
        assertThat(bodies.get(3)).contains("ebb_records_sent_total");
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(CANARY));
      }
    }
  }

  private JsonNode awaitFinished(String runId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    JsonNode run = get("/api/runs/" + runId);
    while (!Set.of("succeeded", "failed", "cancelled").contains(run.get("status").asText()) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      run = get("/api/runs/" + runId);
    }
    return run;
  }

  private String csrfCookie() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/status/")));
    String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ebb_csrf=")).findFirst().orElseThrow();
    return cookie.substring("ebb_csrf=".length(), cookie.indexOf(';'));
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + path))).body());
  }

  private JsonNode post(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.noBody()).header("Cookie", "ebb_csrf=" + csrf).header("X-CSRF-Token", csrf));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void copySample() throws Exception {
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = SAMPLE.relativize(file);
        if (relative.toString().isEmpty() || LEFT_OUT.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = root.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
