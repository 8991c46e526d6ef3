package dev.ebb.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.docs.site.SiteGenerator;
import dev.ebb.docs.site.RequiresChromium;
import dev.ebb.docs.site.TestingBrowser;
import dev.ebb.engine.warehouse.Seeds;
import dev.ebb.engine.workspace.Workspace;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code ebb serve} on a seeded copy of the sample project, driven from headless Chromium: a run
 * triggered from the status page's button (with its CSRF token), its live view while records flow,
 * its outcome, and the docs site filled with live status. Screenshots go to
 * {@code target/screenshots/serve-*.png}.
 */
@RequiresChromium
class ServeBrowserIT {

  private static final Path SAMPLE = Path.of("../sample-project");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Set<String> LEFT_OUT = Set.of("target", ".ebb", "output", "warehouse.duckdb", "app.db");
  private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "cancelled");

  @TempDir static Path work;
  private static HttpServer receiver;
  private static Workspace workspace;
  private static ServeApplication app;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static String base;

  @BeforeAll
  static void serveAndOpen() throws Exception {
    browser = TestingBrowser.start(work.resolve("chrome-profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
    receiver = rejectingEveryOtherBatch();
    Path root = Files.createDirectories(work.resolve("project"));
    copySample(root);
    // Slow the JSON Lines drop down (batches of 5, 4 a second: ~5 s for ltv_to_crm's 107 records) so
    // the live view sees records flow while the run is still delivering, even on a busy machine.
    Files.writeString(root.resolve("destinations/crm_export.yml"),
        Files.readString(root.resolve("destinations/crm_export.yml")).replace("batch_size: 500", "batch_size: 5\n  requests_per_second: 4"));
    Files.writeString(root.resolve("destinations/lifecycle_webhook.yml"), Files.readString(root.resolve("destinations/lifecycle_webhook.yml"))
        .replace("http://127.0.0.1:8599/", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/"));

    Compilation compilation = new Compiler(CalciteModelAnalyzer.create().withLineage(true), DestinationTypes.load())
        .compile(new DirectoryProjectSource(root));
    assertThat(compilation.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR"))).isEmpty();
    Manifest manifest = new ManifestBuilder(compilation.project(), compilation.analysis(), GitInspector.inspect(root),
        DefinitionChecksums.of(compilation.project()), compilation.analysis().compiledSql()::compile, "test", Clock.systemUTC()).build();
    Path docs = root.resolve("target/docs");
    new SiteGenerator(manifest, Optional.empty()).generate(docs);
    String manifestJson = ManifestWriter.toJson(manifest);

    workspace = Workspace.open(root, compilation, null, Map.of("LIFECYCLE_SIGNING_SECRET", "browser-test-secret"), Clock.systemUTC());
    Seeds.loadAll(workspace.warehouse(), root, compilation.project().seeds(), compilation.project().config().seedSchema());
    ServeApplication.Options options = new ServeApplication.Options(2, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMillis(100));
    app = ServeApplication.start(workspace, new WebSettings("127.0.0.1", 0, null, docs, Duration.ofMillis(150)), options, () -> manifestJson);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
    if (workspace != null) {
      workspace.close();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void runTriggeredFromThePageShowsRecordsFlowingThenSucceeds() throws Exception {
    openStatus("#/sync/ltv_to_crm");
    assertThat(badge("h1")).isEqualTo("never run");
    click("button[data-act='trigger']");

    // The button opens the new run's live view; records show up while the run is still delivering.
    wait.until(ExpectedConditions.urlContains("#/run/"));
    wait.until(d -> !d.findElements(By.cssSelector("#live table tr")).isEmpty());
    assertThat(badge("#live")).isIn("planning", "delivering", "committing");
    screenshot("serve-live-view");
    String runId = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("#/run/") + 6);

    awaitFinishedRunPage();
    assertThat(badge("h1")).isEqualTo("succeeded");
    assertThat(browser.findElements(By.cssSelector("#records tbody tr.record"))).isNotEmpty();
    assertThat(texts(".timeline .badge")).containsSubsequence("queued", "planning", "delivering", "committing", "succeeded");
    screenshot("serve-run");

    openStatus("#/sync/ltv_to_crm");
    wait.until(d -> "healthy".equals(badge("h1")));
    assertThat(browser.findElement(By.cssSelector("#runs a[href='#/run/" + runId + "']")).isDisplayed()).isTrue();
    screenshot("serve-sync");
  }

  @Test
  void rejectedRecordsShowAsDeadLettersWithARetryButton() throws Exception {
    openStatus("#/sync/trial_nudges");
    click("button[data-act='trigger']");
    wait.until(ExpectedConditions.urlContains("#/run/"));
    awaitFinishedRunPage();
    assertThat(browser.findElements(By.cssSelector("#dead-letters tbody tr"))).isNotEmpty();
    assertThat(browser.findElement(By.id("retry")).isDisplayed()).isTrue();
    assertThat(texts("#records .badge")).contains("accepted", "rejected");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('dead-letters').scrollIntoView()");
    screenshot("serve-run-dead-letters");

    openStatus("#/");
    wait.until(d -> !d.findElements(By.cssSelector("#syncs tr[data-sync='trial_nudges']")).isEmpty());
    screenshot("serve-status");
  }

  @Test
  void docsSiteServedWithLiveStatus() throws Exception {
    browser.get(base + "/");
    wait.until(ExpectedConditions.textToBe(By.id("live-status-note"), "live status from ebb serve"));
    assertThat(texts("[data-sync-status='ltv_to_crm']")).noneMatch(t -> t.equals("—"));
    screenshot("serve-docs-overview");
    browser.get(base + "/syncs/ltv_to_crm.html");
    browser.findElement(By.cssSelector(".mapping tr[data-field='plan']")).click();
    screenshot("serve-docs-sync");
    browser.get(base + "/lineage.html");
    WebElement field = browser.findElement(By.cssSelector("#lineage-svg .field-row[data-sync='ltv_to_crm'][data-field='plan']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", field);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lineage-panel")));
    assertThat(texts("#lineage-panel .source-column")).containsExactly("raw.subscriptions.plan");
    screenshot("serve-docs-lineage-field");
  }

  /** A fresh load (a hash change alone would keep the previous page's DOM for a moment). */
  private static void openStatus(String hash) {
    browser.get("about:blank");
    browser.get(base + "/status/" + hash);
    wait.until(d -> !d.findElements(By.cssSelector("#app h1")).isEmpty());
  }

  /** Clicks, again if the periodic refresh re-rendered the element in between. */
  private static void click(String css) {
    wait.until(d -> {
      try {
        d.findElement(By.cssSelector(css)).click();
        return true;
      } catch (StaleElementReferenceException | NoSuchElementException e) {
        return false;
      }
    });
  }

  /** The live view ends by re-rendering the run page from the API, without its live section. */
  private static void awaitFinishedRunPage() {
    wait.until(d -> TERMINAL.contains(badge("h1")) && d.findElements(By.id("live")).isEmpty() && !d.findElements(By.cssSelector(".timeline")).isEmpty());
  }

  /** The container's first badge, "" when it has none; read again when the page re-rendered it meanwhile. */
  private static String badge(String container) {
    return wait.until(d -> {
      try {
        List<WebElement> badges = d.findElements(By.cssSelector(container + " .badge"));
        return badges.isEmpty() ? "" : badges.get(0).getText();
      } catch (StaleElementReferenceException e) {
        return null;
      }
    });
  }

  private static List<String> texts(String css) {
    return wait.until(d -> {
      try {
        return d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
      } catch (StaleElementReferenceException e) {
        return null;
      }
    });
  }

  private static void screenshot(String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The lifecycle service stand-in: accepts one batch, rejects the next with a 422, and so on. */
  private static HttpServer rejectingEveryOtherBatch() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      boolean reject = requests.incrementAndGet() % 2 == 0;
      byte[] body = (reject ? "{\"error\":\"unknown user\"}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reject ? 422 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static void copySample(Path root) throws Exception {
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
