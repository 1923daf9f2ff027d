package io.securelink.cli.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser end-to-end test class: one SecureLink server on a random loopback port and one headless Chromium for
 * all its tests, with a page driver on both. Tests that need a second server or browser start their own.
 */
abstract class PageE2eTest {

  static PageServer server;
  static Chromium browser;
  static SecureLinkPage page;

  @BeforeAll
  static void startServerAndBrowser() {
    server = PageServer.start();
    browser = Chromium.start();
    page = new SecureLinkPage(browser, server.origin());
  }

  @AfterAll
  static void stopBrowserAndServer() {
    try {
      browser.close();
    } finally {
      server.close();
    }
  }
}
