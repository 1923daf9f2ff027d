package io.securelink.cli.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The origin of a SecureLink server, {@code http(s)://host[:port]}: where the page and the API live, and what a
 * link starts with. Nothing else is allowed, so a link can never carry a path or query to the server.
 */
public final class ServerAddress {

  private final String origin;
  private final boolean loopback;

  private ServerAddress(String origin, boolean loopback) {
    this.origin = origin;
    this.loopback = loopback;
  }

  /**
   * Returns the address that {@code text} spells; one trailing {@code /} is accepted.
   *
   * @throws IllegalArgumentException if it is not {@code http(s)://host[:port]}; the message names the rule
   */
  public static ServerAddress parse(String text) {
    String trimmed = text.strip();
    String base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw notAnOrigin();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
        && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    if (!web || uri.getHost() == null || !bare) {
      throw notAnOrigin();
    }
    String origin = scheme + "://" + uri.getRawAuthority();
    return new ServerAddress(origin, isLoopbackHost(uri.getHost()));
  }

  /** Returns {@code scheme://host[:port]} without a trailing slash, as links begin. */
  public String origin() {
    return origin;
  }

  /** Returns the URI of an API path such as {@code api/secrets}. */
  URI resolve(String path) {
    return URI.create(origin + "/" + path);
  }

  /** Returns whether requests travel unencrypted beyond this machine (plain http to another host). */
  public boolean isPlainHttpOverNetwork() {
    return origin.startsWith("http://") && !loopback;
  }

  @Override
  public String toString() {
    return origin;
  }

  private static boolean isLoopbackHost(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]");
  }

  private static IllegalArgumentException notAnOrigin() {
    return new IllegalArgumentException(
        "the server address must look like https://host or http://host:port, with no path or query");
  }
}
