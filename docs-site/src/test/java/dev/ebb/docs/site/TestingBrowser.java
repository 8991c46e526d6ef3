package dev.ebb.docs.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless system Chromium driven by the system chromedriver, both found on the {@code PATH}; never
 * downloads a browser. Shared with runtime's browser tests through this module's test jar. Test
 * classes using it carry {@link RequiresChromium}, which skips them when either program is missing,
 * unless {@code CI=true}: then {@link #start} fails.
 */
public final class TestingBrowser {

  private static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser");
  private static final List<String> CHROMEDRIVER_NAMES = List.of("chromedriver");

  private TestingBrowser() {}

  /** Whether Chromium and chromedriver are both on the {@code PATH}. */
  public static boolean installed() {
    return onPath(CHROMIUM_NAMES).isPresent() && onPath(CHROMEDRIVER_NAMES).isPresent();
  }

  /** Whether a missing browser is a failure ({@code CI=true}) rather than a reason to skip. */
  public static boolean required() {
    return "true".equals(System.getenv("CI"));
  }

  static String missingMessage() {
    return "chromium or chromedriver not found on PATH (apt-get install -y chromium chromium-driver)";
  }

  public static ChromeDriver start(Path profileDir) throws IOException {
    Optional<Path> chromium = onPath(CHROMIUM_NAMES);
    Optional<Path> chromedriver = onPath(CHROMEDRIVER_NAMES);
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      throw new IllegalStateException((required() ? "CI=true but " : "") + missingMessage());
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1440,1000", "--user-data-dir=" + Files.createDirectories(profileDir));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static Optional<Path> onPath(List<String> names) {
    return onPath(System.getenv("PATH"), names);
  }

  /** The first executable file named one of {@code names} in the folders of {@code path}. */
  static Optional<Path> onPath(String path, List<String> names) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : names) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
