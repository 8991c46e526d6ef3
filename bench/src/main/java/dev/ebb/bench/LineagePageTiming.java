package dev.ebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How usable a generated {@code lineage.html} is in a browser: headless system Chromium (the
 * browser tests' flags) opens it from file://, and the page's own clock says (a) how long after
 * navigation started the graph was interactive — its script set up and a first frame painted —
 * and (b) how long a click on a sync's destination field takes until its lineage is highlighted and
 * painted. Times are the browser's {@code performance.now()}, so WebDriver's overhead is left out.
 */
final class LineagePageTiming {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Two animation frames: the second starts once the first has been painted. */
  private static final String AFTER_PAINT =
      "var done = arguments[arguments.length - 1];"
          + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(performance.now()); }); });";

  private static final String CLICK_FIELD =
      "var row = document.querySelector(arguments[0]), source = arguments[1], done = arguments[arguments.length - 1];"
          + "var start = performance.now();"
          + "row.dispatchEvent(new MouseEvent('click', {bubbles: true}));"
          + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
          + "  var lit = document.querySelector('#lineage-svg .node.on[data-id=\"' + source + '\"]') !== null;"
          + "  done([performance.now() - start, lit ? 1 : 0]);"
          + "}); });";

  private LineagePageTiming() {}

  record Timing(double interactiveMs, double clickMs) {}

  /** Empty when Chromium or chromedriver is not installed. */
  static Optional<List<Timing>> measure(Path lineageHtml, String sync, String field, String sourceNode, int runs) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return Optional.empty();
    }
    Path profile = Files.createTempDirectory("ebb-bench-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1440,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2)).scriptTimeout(Duration.ofMinutes(1));
      String row = "#lineage-svg .field-row[data-sync='" + sync + "'][data-field='" + field + "']";
      List<Timing> timings = new java.util.ArrayList<>();
      for (int i = 0; i < runs; i++) {
        browser.get("about:blank");
        browser.get(lineageHtml.toUri().toString());
        double interactive = ((Number) browser.executeAsyncScript(AFTER_PAINT)).doubleValue();
        List<?> click = (List<?>) ((JavascriptExecutor) browser).executeAsyncScript(CLICK_FIELD, row, sourceNode);
        if (((Number) click.get(1)).intValue() != 1) {
          throw new IllegalStateException("clicking " + sync + "." + field + " did not highlight " + sourceNode);
        }
        timings.add(new Timing(interactive, ((Number) click.get(0)).doubleValue()));
      }
      return Optional.of(timings);
    } finally {
      browser.quit();
      DocsBench.delete(profile);
    }
  }
}
