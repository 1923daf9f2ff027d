package io.securelink.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver: fixed binary paths, so Selenium Manager never
 * downloads anything, and a fresh profile and download folder that {@link #close} deletes. It records every
 * request the browser sends (Chrome's performance log), so a test can audit what left the page.
 *
 * <p>Reusable by any browser test: {@code try (Chromium browser = Chromium.start()) { ... }}. A missing
 * chromium or chromedriver fails the test with how to install it; it never skips.
 */
public final class Chromium implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The longest any single wait lasts: the page's slowest step is PBKDF2 plus a 4 MiB upload. */
  public static final Duration WAIT = Duration.ofSeconds(60);

  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;
  private final List<BrowserRequest> requests = new ArrayList<>();

  private Chromium(ChromeDriver driver, Path profile, Path downloads) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  /** Starts a browser with the standard flags. */
  public static Chromium start() {
    return start(List.of());
  }

  /** Starts a browser with the standard flags and {@code extraArguments}, e.g. a host resolver rule. */
  public static Chromium start(List<String> extraArguments) {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    Path profile = temporaryDirectory("securelink-chromium-profile");
    Path downloads = temporaryDirectory("securelink-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--window-size=1000,1200", "--user-data-dir=" + profile);
    options.addArguments(extraArguments);
    Map<String, Object> preferences = new HashMap<>();
    preferences.put("download.default_directory", downloads.toString());
    preferences.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", preferences);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.PERFORMANCE, Level.ALL);
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return new Chromium(driver, profile, downloads);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Returns the folder where downloads land. */
  public Path downloads() {
    return downloads;
  }

  /** Loads {@code url} in the current tab. */
  public void open(String url) {
    driver.get(url);
  }

  public WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  /** Returns the element's text as a person sees it (empty when hidden). */
  public String text(String id) {
    return byId(id).getText();
  }

  /** Returns whether the element is shown. */
  public boolean isShown(String id) {
    return byId(id).isDisplayed();
  }

  /** Waits, at most {@link #WAIT}, until {@code condition} returns a non-null, non-false value. */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition);
    } catch (TimeoutException timeout) {
      throw new AssertionError("the page did not get there within " + WAIT.toSeconds() + " s; it shows: "
          + pageState(), timeout);
    }
  }

  /** Returns what the page shows, for failure messages: the address without its fragment, views, status. */
  public String pageState() {
    Object state = script("var shown = [];"
        + " document.querySelectorAll('section').forEach(s => { if (!s.hidden) shown.push(s.id); });"
        + " var status = document.getElementById('status-message');"
        + " return location.pathname + ' views=' + shown.join(',') + ' status=[' + (status ? status.textContent : '')"
        + " + ']';");
    StringBuilder text = new StringBuilder(String.valueOf(state));
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      text.append("\n  console ").append(entry.getLevel()).append(": ").append(entry.getMessage());
    }
    return text.toString();
  }

  /** Waits until element {@code id} shows text containing {@code part}; returns its whole text. */
  public String waitForText(String id, String part) {
    return waitUntil(d -> {
      String text = d.findElement(By.id(id)).getText();
      return text.contains(part) ? text : null;
    });
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Runs an async script whose last argument is the callback to call with the result. */
  public Object asyncScript(String script, Object... arguments) {
    return driver.executeAsyncScript(script, arguments);
  }

  /** Sends a DevTools protocol command, such as an emulated colour scheme, and returns its result. */
  public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /** Grants ({@code "granted"}) or denies ({@code "denied"}) clipboard writes and reads for {@code origin}. */
  public void setClipboardPermission(String origin, String setting) {
    for (String name : new String[] {"clipboard-write", "clipboard-read"}) {
      driver.executeCdpCommand("Browser.setPermission",
          Map.of("permission", Map.of("name", name), "setting", setting, "origin", origin));
    }
  }

  /** Writes a PNG screenshot of the viewport to {@code file}. */
  public void screenshot(Path file) {
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the screenshot " + file, e);
    }
  }

  /** Returns every request the browser has sent so far, in order, including those already returned. */
  public List<BrowserRequest> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      BrowserRequest request = BrowserRequest.fromPerformanceLog(entry.getMessage());
      if (request != null) {
        requests.add(request);
      }
    }
    return List.copyOf(requests);
  }

  /** Quits the browser and deletes its profile and downloads. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
      deleteTree(downloads);
    }
  }

  private static void requireInstalled(Path binary, String debianPackage) {
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(binary + " is missing: the browser tests need Debian's " + debianPackage
          + " (apt-get install -y chromium chromium-driver)");
    }
  }

  private static Path temporaryDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
