package io.securelink.cli.hardening;

import java.util.List;
import java.util.Random;

/**
 * Request targets for the fuzzer: the site's real files, the API's routes with ids of every wrong shape, and
 * traversal attempts in every spelling (dot segments, percent-encoded and double-encoded dots and slashes, NUL,
 * backslashes, overlong UTF-8, very long paths), aimed at the classpath, the data directory and /etc.
 */
final class FuzzTargets {

  static final List<String> SITE_FILES =
      List.of("/", "/index.html", "/style.css", "/js/securelink.js", "/js/boot.js", "/icon.svg");

  private static final List<String> SITE_ODDITIES = List.of(
      "/missing.html", "/js/", "/js", "/index.html?x=1&y", "/./index.html", "/js/../index.html", "//index.html",
      "/INDEX.HTML", "/index.html/", "/.hidden.js", "/index.html;jsessionid=1", "/index.html#frag", "/site/index.html",
      "/logback.xml", "/io/securelink/cli/serve/LocalServer.class", "/META-INF/MANIFEST.MF", "/folder.js",
      "/%69ndex.html", "/index%2ehtml", "/js%2fsecurelink.js");

  /** Each is tried as is, under the site root, under /api/ and in the id position. */
  private static final List<String> TRAVERSALS = List.of(
      "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
      "..\\..\\..\\etc\\passwd", "%5c..%5c..%5c..%5cetc%5cpasswd", "..%5c..%5cdata%5csecurelink",
      "index.html%00.js", "%00", "%00../../etc/passwd", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd", "%e0%80%ae%e0%80%ae/etc/passwd", "%c0%af",
      "....//....//etc/passwd", "..;/..;/etc/passwd", "../data/securelink/secrets/", "../../outside/canary.txt",
      "%2e%2e/%2e%2e/outside/canary.txt", ".%2e/.%2e/outside/canary.txt", "..%00/..%00/etc/passwd",
      "%ef%bc%8e%ef%bc%8e/%ef%bc%8e%ef%bc%8e/etc/passwd", "..%u2216..%u2216etc", "file:///etc/passwd",
      "%2fetc%2fpasswd", "/etc/passwd");

  private FuzzTargets() {}

  /** Returns a target (path and maybe query) with {@code marker} in it where a target can carry one. */
  static String pick(Random random, String marker) {
    int choice = random.nextInt(100);
    if (choice < 12) {
      return SITE_FILES.get(random.nextInt(SITE_FILES.size()));
    }
    if (choice < 22) {
      return SITE_ODDITIES.get(random.nextInt(SITE_ODDITIES.size()));
    }
    if (choice < 40) {
      String traversal = TRAVERSALS.get(random.nextInt(TRAVERSALS.size()));
      return switch (random.nextInt(4)) {
        case 0 -> "/" + traversal;
        case 1 -> "/js/" + traversal;
        case 2 -> "/api/" + traversal;
        default -> "/api/secrets/" + traversal + (random.nextBoolean() ? "/reveal" : "");
      };
    }
    if (choice < 45) {
      return longPath(random);
    }
    String id = FuzzIds.pick(random, marker);
    String query = random.nextInt(5) == 0 ? "?" + marker + "=" + marker + "&x=%zz&y=%00" : "";
    return switch (random.nextInt(6)) {
      case 0 -> "/api/secrets" + query;
      case 1, 2 -> "/api/secrets/" + id + query;
      case 3, 4 -> "/api/secrets/" + id + "/reveal" + query;
      default -> "/api/secrets/" + id + "/" + marker + query;
    };
  }

  private static String longPath(Random random) {
    int length = new int[] {513, 2_048, 8_192, 65_536}[random.nextInt(4)];
    String unit = new String[] {"a", "a/", "../", "%2e%2e%2f", "%c3%bc"}[random.nextInt(5)];
    String prefix = random.nextBoolean() ? "/api/secrets/" : "/";
    return prefix + unit.repeat(length / unit.length() + 1);
  }
}
