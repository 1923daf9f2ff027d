package io.securelink.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Both paths are given to Selenium, so
 * Selenium Manager never looks for (or downloads) a browser or driver. Every wait is bounded: starting the
 * driver, each WebDriver command, page loads and scripts.
 *
 * <p>A missing browser is a test failure with the fix in its message, never a skipped test. The paths can be
 * moved with the system properties {@code securelink.chromium} and {@code securelink.chromedriver}.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Duration DRIVER_START = Duration.ofSeconds(60);
  private static final Duration COMMAND = Duration.ofSeconds(120);
  private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

  private final WebDriver driver;
  private final Path profile;

  private HeadlessChromium(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Returns a started headless Chromium with a fresh profile; {@code extraArguments} are added to its
   * command line (e.g. {@code --host-resolver-rules=...}).
   */
  public static HeadlessChromium start(String... extraArguments) throws IOException {
    Path chromium = executable("securelink.chromium", "/usr/bin/chromium", "chromium");
    Path chromedriver = executable("securelink.chromedriver", "/usr/bin/chromedriver", "chromium-driver");
    Path profile = Files.createTempDirectory("securelink-chromium-");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    List<String> arguments = new ArrayList<>(List.of(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile));
    arguments.addAll(List.of(extraArguments));
    options.addArguments(arguments);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withTimeout(DRIVER_START)
        .build();
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(COMMAND);
    try {
      ChromeDriver driver = new ChromeDriver(service, options, client);
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(COMMAND);
      return new HeadlessChromium(driver, profile);
    } catch (RuntimeException failure) {
      service.stop();
      deleteRecursively(profile);
      throw new IllegalStateException("Chromium did not start through " + chromedriver, failure);
    }
  }

  /** Returns the WebDriver of this browser. */
  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static Path executable(String property, String debianPath, String debianPackage) {
    Path path = Path.of(System.getProperty(property, debianPath));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("the browser tests need " + path + " (Debian package " + debianPackage
          + "), which is missing: apt-get install -y chromium chromium-driver, or point -D" + property + " at it");
    }
    return path;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
