package io.securelink.backend;

/**
 * A request path matched against the API's three path templates; the {@code {id}} segment is captured as is and
 * validated by the route.
 *
 * @param template the matched template, e.g. {@code /api/secrets/{id}/reveal}; safe to log
 * @param id the raw {@code {id}} segment, or null for the collection
 */
record RoutePath(String template, String id) {

  static final String SECRETS = "/api/secrets";
  static final String SECRET = "/api/secrets/{id}";
  static final String REVEAL = "/api/secrets/{id}/reveal";

  private static final String PREFIX = SECRETS + "/";

  /** Returns the match for {@code rawPath}, or null when no template fits. */
  static RoutePath match(String rawPath) {
    if (rawPath == null) {
      return null;
    }
    if (rawPath.equals(SECRETS)) {
      return new RoutePath(SECRETS, null);
    }
    if (!rawPath.startsWith(PREFIX)) {
      return null;
    }
    String rest = rawPath.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return new RoutePath(SECRET, rest);
    }
    if (rest.substring(slash).equals("/reveal")) {
      return new RoutePath(REVEAL, rest.substring(0, slash));
    }
    return null;
  }
}
