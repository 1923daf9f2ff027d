package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The REST contract of {@code docs/openapi.yaml}: four routes over a {@link SecretStore}.
 *
 * <p>Each handler reads as guard clauses: id, media type, size and JSON are checked (in that order, the body
 * capped before it is parsed) before the store is asked anything. No client input leads to a 5xx; a store that
 * cannot be reached is a 503 and an acknowledged secret stays revealable.
 */
public final class Api {

  /** Handles one matched request; {@code id} is the raw {@code {id}} segment or null. */
  private interface Route {
    ApiResponse handle(HttpRequest request, String id) throws StoreUnavailableException;
  }

  private final SecretStore store;
  private final Clock clock;
  private final Limits limits;
  private final AccessLog log;
  /** The route table: path template, then method (sorted, so the Allow header is stable). */
  private final Map<String, TreeMap<String, Route>> routes = new LinkedHashMap<>();

  public Api(SecretStore store, Clock clock, Limits limits) {
    this(store, clock, limits, AccessLog.toStdout());
  }

  public Api(SecretStore store, Clock clock, Limits limits, AccessLog log) {
    this.store = store;
    this.clock = clock;
    this.limits = limits;
    this.log = log;
    route(RoutePath.SECRETS, "POST", (request, id) -> create(request));
    route(RoutePath.SECRET, "GET", (request, id) -> status(id));
    route(RoutePath.SECRET, "DELETE", this::revoke);
    route(RoutePath.REVEAL, "POST", this::reveal);
  }

  /** Returns the response to {@code event}; never throws. */
  public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
    long started = System.nanoTime();
    HttpRequest request = HttpRequest.of(event);
    RoutePath path = RoutePath.match(request.path());
    String routeName = path == null ? "unmatched" : request.loggableMethod() + " " + path.template();
    ApiResponse response;
    try {
      response = dispatch(request, path);
    } catch (ApiError refused) {
      response = ApiResponse.error(refused);
    } catch (StoreUnavailableException e) {
      log.failure(routeName, request.requestId(), e);
      response = ApiResponse.error(503, ApiError.STORE_UNAVAILABLE,
          "The secret store is unavailable; try again later. Nothing was revealed.");
    } catch (RuntimeException e) {
      log.failure(routeName, request.requestId(), e);
      response = ApiResponse.error(500, ApiError.INTERNAL_ERROR, "Internal error. Nothing was revealed.");
    }
    log.request(routeName, response.status(), (System.nanoTime() - started) / 1000, request.requestId());
    return response.toEvent();
  }

  private void route(String template, String method, Route route) {
    routes.computeIfAbsent(template, t -> new TreeMap<>()).put(method, route);
  }

  private ApiResponse dispatch(HttpRequest request, RoutePath path) throws StoreUnavailableException {
    if (path == null) {
      return ApiResponse.error(404, ApiError.NOT_FOUND, "No such API route.");
    }
    TreeMap<String, Route> methods = routes.get(path.template());
    Route route = methods.get(request.method());
    if (route == null) {
      return ApiResponse.methodNotAllowed(String.join(", ", methods.keySet()));
    }
    return route.handle(request, path.id());
  }

  private ApiResponse create(HttpRequest request) throws StoreUnavailableException {
    Instant now = now();
    NewSecret secret = Requests.create(request.jsonBody(limits), limits, now);
    CreateOutcome outcome = store.create(secret, now);
    if (outcome instanceof CreateOutcome.Created created) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("id", secret.id());
      fields.put("expiresAt", created.expiresAt().toString());
      return ApiResponse.json(201, fields);
    }
    return ApiResponse.error(409, ApiError.ID_TAKEN, "A different secret already has this id.");
  }

  private ApiResponse status(String rawId) throws StoreUnavailableException {
    String id = Requests.id(rawId);
    Optional<SecretStatus> status = store.status(id, now());
    if (status.isEmpty()) {
      return notFound();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("expiresAt", status.get().expiresAt().toString());
    fields.put("passphrase", status.get().passphrase());
    return ApiResponse.json(200, fields);
  }

  private ApiResponse reveal(HttpRequest request, String rawId) throws StoreUnavailableException {
    String id = Requests.id(rawId);
    PresentedProofs proofs = Requests.proofs(request.jsonBody(limits));
    Outcome outcome = store.reveal(id, proofs, now());
    if (outcome instanceof Outcome.Revealed revealed) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("ciphertext", Base64Url.encode(revealed.ciphertext()));
      return ApiResponse.json(200, fields);
    }
    return refusal(outcome);
  }

  private ApiResponse revoke(HttpRequest request, String rawId) throws StoreUnavailableException {
    String id = Requests.id(rawId);
    PresentedProofs proofs = Requests.proofs(request.jsonBody(limits));
    Outcome outcome = store.revoke(id, proofs, now());
    if (outcome instanceof Outcome.Revoked) {
      return ApiResponse.noContent();
    }
    return refusal(outcome);
  }

  private static ApiResponse refusal(Outcome outcome) {
    if (outcome instanceof Outcome.WrongProof wrong) {
      return ApiResponse.wrongProof(wrong.attemptsLeft());
    }
    return notFound();
  }

  private static ApiResponse notFound() {
    return ApiResponse.error(404, ApiError.NOT_FOUND,
        "No such secret: it was revealed, revoked or expired, or never existed.");
  }

  /** Returns the current instant in whole seconds, so expiresAt reads the same in every response. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
