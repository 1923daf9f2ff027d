package io.securelink.cli.hardening;

/**
 * One generated request, its exact bytes, and what the server may answer.
 *
 * @param kind a short label of what was varied, for the counts
 * @param wire the bytes sent, request line to the end of the body
 * @param head whether the method is HEAD, so no body comes back
 * @param route which part of the server should answer, if the request gets past the HTTP parser
 * @param parserMayRefuse whether the request is malformed at the HTTP level, so the JDK's own parser may
 *     refuse it before any SecureLink code runs
 * @param marker a token placed in the path, a header and the body; no answer and no log line may contain it
 */
record FuzzCase(String kind, byte[] wire, boolean head, Route route, boolean parserMayRefuse, String marker) {

  /** Who answers a request that gets past the parser. */
  enum Route {
    /** The REST API under {@code /api/}. */
    API,
    /** The static site. */
    SITE,
    /** Refused for a Host name that is not loopback. */
    HOST_REFUSED
  }
}
