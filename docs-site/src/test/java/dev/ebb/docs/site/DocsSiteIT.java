package dev.ebb.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.docs.TestingManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The generated site of sample-project, opened from file:// in headless Chromium. */
@RequiresChromium
class DocsSiteIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path work;
  static Path site;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void generateAndOpen() throws Exception {
    site = work.resolve("docs");
    new SiteGenerator(TestingManifests.sampleProject(), Optional.empty()).generate(site);
    browser = TestingBrowser.start(work.resolve("chrome-profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchFindsASyncAndOpensIt() throws Exception {
    open("index.html");
    screenshot("overview");
    WebElement search = browser.findElement(By.id("search"));
    search.sendKeys("ltv_to");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a.search-result")));
    assertThat(browser.findElement(By.cssSelector("#search-results a.selected")).getText()).contains("ltv_to_crm");
    search.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("syncs/ltv_to_crm.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ltv_to_crm");
    screenshot("sync");
  }

  @Test
  void syncPageHighlightsTheColumnsAFieldComesFrom() throws Exception {
    open("syncs/ltv_to_crm.html");
    browser.findElement(By.cssSelector(".mapping tr[data-field='plan']")).click();
    assertThat(texts("#column-lineage .source-column.highlighted")).containsExactly("raw.subscriptions.plan");
    assertThat(texts("#column-lineage .model-column.highlighted")).contains("customer_lifetime_value.plan");
    assertThat(texts("#column-lineage .destination-field.highlighted")).containsExactly("plan");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('column-lineage').scrollIntoView()");
    screenshot("sync-field-lineage");
  }

  @Test
  void lineageGraphTracesADestinationFieldToSourceColumns() throws Exception {
    open("lineage.html");
    screenshot("lineage");
    WebElement field = browser.findElement(By.cssSelector("#lineage-svg .field-row[data-sync='ltv_to_crm'][data-field='plan']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", field);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lineage-panel")));
    assertThat(texts("#lineage-panel .source-column")).containsExactly("raw.subscriptions.plan");
    assertThat(browser.findElements(By.cssSelector("#lineage-svg .node.on[data-id='source:raw.subscriptions']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#lineage-svg .node.on[data-id='model:customer_lifetime_value']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#lineage-svg .node.on[data-id='destination:crm_export']"))).hasSize(1);
    screenshot("lineage-field");
  }

  @Test
  void clickingANodeNameOpensItsPage() throws Exception {
    open("lineage.html");
    WebElement link = browser.findElement(By.cssSelector("#lineage-svg .node[data-id='model:customer_lifetime_value'] a"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", link);
    wait.until(ExpectedConditions.urlContains("models/customer_lifetime_value.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("customer_lifetime_value");
    browser.findElement(By.cssSelector(".tab[data-tab='sql-postgres']")).click();
    assertThat(browser.findElement(By.id("sql-postgres")).isDisplayed()).isTrue();
    screenshot("model");
  }

  @Test
  void destinationAndSourcePagesRender() throws Exception {
    open("destinations/lifecycle_webhook.html");
    assertThat(browser.findElement(By.cssSelector(".secret-ref")).getText()).isEqualTo("{{env.LIFECYCLE_SIGNING_SECRET}}");
    screenshot("destination");
    open("sources/raw.subscriptions.html");
    assertThat(browser.findElement(By.cssSelector("#column-plan")).getText()).contains("crm_export.companies.plan");
    screenshot("source");
  }

  private static void open(String page) {
    browser.get(site.resolve(page).toUri().toString());
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static void screenshot(String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
