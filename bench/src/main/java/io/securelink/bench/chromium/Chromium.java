package io.securelink.bench.chromium;

import io.securelink.bench.TempDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Debian's headless Chromium with a fresh profile, driven through Debian's ChromeDriver; both paths are given,
 * so Selenium Manager never downloads anything. Every wait is bounded, so a hung browser ends the run.
 *
 * <p>A missing browser stops the benchmark with the fix in the message; the paths can be moved with
 * {@code -Dsecurelink.chromium} and {@code -Dsecurelink.chromedriver}.
 */
public final class Chromium implements AutoCloseable {

  private static final Duration DRIVER_START = Duration.ofSeconds(60);
  private static final Duration COMMAND = Duration.ofSeconds(180);
  /**
   * Selenium warns on every start that it ships no DevTools bindings for this Chromium version; the few raw
   * commands sent here need none. Held strongly, because java.util.logging keeps loggers only weakly.
   */
  private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Returns a started headless Chromium. */
  public static Chromium start() throws IOException {
    Path chromium = executable("securelink.chromium", "/usr/bin/chromium", "chromium");
    Path chromedriver = executable("securelink.chromedriver", "/usr/bin/chromedriver", "chromium-driver");
    Path profile = Files.createTempDirectory("securelink-bench-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withTimeout(DRIVER_START)
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(COMMAND));
      driver.manage().timeouts().pageLoadTimeout(COMMAND).scriptTimeout(COMMAND);
      return new Chromium(driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      TempDirectory.delete(profile);
      throw new IllegalStateException("Chromium did not start through " + chromedriver, e);
    }
  }

  /** Returns the driver, for navigation and scripts. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Sends one DevTools protocol command, e.g. {@code Network.setCacheDisabled}. */
  public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /** Returns the browser's version string, e.g. "Chrome/131.0...". */
  public String version() {
    return String.valueOf(driver.getCapabilities().getBrowserVersion());
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TempDirectory.delete(profile);
    }
  }

  private static Path executable(String property, String debianPath, String debianPackage) {
    Path path = Path.of(System.getProperty(property, debianPath));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("the browser benchmarks need " + path + " (Debian package " + debianPackage
          + "): apt-get install -y chromium chromium-driver, or point -D" + property + " at it");
    }
    return path;
  }

}
