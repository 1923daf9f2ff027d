package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.securelink.backend.TestRequests.TestSecret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates hostile API Gateway events from a seed: every method, traversal and oversized paths, wrong media
 * types, malformed, nested and mistyped JSON, bodies up to 12 MB, huge headers, and valid requests on real
 * secrets among them so the store is exercised too. Every proof, link proof, hash and ciphertext it ever writes is
 * remembered, so a test can prove none of them reached a log line.
 */
final class FuzzRequests {

  /** One generated request; {@code created} is the secret a well-formed create would store, else null. */
  record Planned(String kind, APIGatewayV2HTTPEvent event, TestSecret created) {}

  private static final String[] METHODS = {
      "GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT", "get", "Post", "", "BREW",
      "G\u00c9T", null};
  private static final String[] TRAVERSALS = {
      "../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fsecrets", "%2e%2e", "..", ".", "%2E%2E%2F",
      "..\\..\\windows", "%00", "\u0000", "AAAAAAAAAAAAAAAAAAAAAA%00", "AAAAAAAAAAAAAAAAAAAAAA\u0000", "%252e%252e%252f",
      "..;/", "%c0%ae%c0%ae%2f", "secrets/../claims", "AAAAAAAAAAAAAAAAAAAAAA/../../claims", "~", "*", "%2A"};
  private static final String[] NON_ASCII = {
      "Grüße", "密码", "🔐👩‍👩‍👧‍👦", "שלום", "\u202e", "é", "\uD800", "\uDFFF", "\uFEFF", "Ｉ", "\u0301", "\r\n"};
  private static final String[] CONTENT_TYPES = {
      "application/json", "application/json; charset=utf-8", "APPLICATION/JSON;CHARSET=UTF-8",
      "application/json; charset=\"utf-8\"", "application/json; charset=utf-16", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json;",
      "application/json; charset=utf-8; q=1", "application/jsonp", "application/json\u0000", "application/jsön",
      "*/*"};
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final Random random;
  private final List<TestSecret> live;
  private final Set<String> materials = ConcurrentHashMap.newKeySet();
  private int bigBodies;
  private final int maxBigBodies;

  FuzzRequests(long seed, List<TestSecret> live, int maxBigBodies) {
    this.random = new Random(seed);
    this.live = live;
    this.maxBigBodies = maxBigBodies;
    live.forEach(this::remember);
  }

  /** Returns every proof, link proof, their hashes, ciphertext and id written so far. */
  Set<String> materials() {
    return materials;
  }

  /** Returns the next request. */
  Planned next(int index) {
    int dice = random.nextInt(300);
    if (dice < 36) {
      return valid(index);
    }
    if (dice < 38 && bigBodies < maxBigBodies) {
      bigBodies++;
      String path = random.nextBoolean() ? "/api/secrets" : "/api/secrets/" + id() + "/reveal";
      return new Planned("big", event("POST", path, Map.of("content-type", "application/json"), bigBody(), false,
          index), null);
    }
    String path = path();
    String method = random.nextInt(4) == 0 ? pick(METHODS) : documentedMethod(path);
    String body = body();
    boolean base64 = random.nextInt(12) == 0;
    if (base64 && body != null && random.nextInt(4) != 0) {
      body = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }
    return new Planned("hostile", event(method, path, headers(), body, base64, index), null);
  }

  /** Returns a method the path's route documents, so most hostile bodies reach the parser. */
  private String documentedMethod(String path) {
    RoutePath route = RoutePath.match(path);
    if (route != null && route.template().equals(RoutePath.SECRET)) {
      return random.nextBoolean() ? "GET" : "DELETE";
    }
    return "POST";
  }

  /** A well-formed request: a create, a reveal or revoke with the right or a wrong proof, or a status. */
  private Planned valid(int index) {
    Map<String, String> json = Map.of("content-type", "application/json");
    if (live.isEmpty() || random.nextInt(3) == 0) {
      TestSecret secret = secret(16 + random.nextInt(2_000));
      remember(secret);
      String body = secret.createBody(60 + random.nextInt(3_600), random.nextBoolean());
      return new Planned("create", event("POST", "/api/secrets", json, body, false, index), secret);
    }
    TestSecret target = live.get(random.nextInt(live.size()));
    String proof = random.nextBoolean() ? target.proof() : Base64Url.encode(bytes(32));
    materials.add(proof);
    String body = TestSecret.proofBody(proof, linkProof(target));
    switch (random.nextInt(3)) {
      case 0:
        return new Planned("status", event("GET", "/api/secrets/" + target.id(), Map.of(), null, false, index), null);
      case 1:
        return new Planned("revoke", event("DELETE", "/api/secrets/" + target.id(), json, body, false, index), null);
      default:
        return new Planned("reveal",
            event("POST", "/api/secrets/" + target.id() + "/reveal", json, body, false, index), null);
    }
  }

  /** Returns the target's link proof mostly, else none or a made-up one (a caller who knows only the id). */
  private String linkProof(TestSecret target) {
    int dice = random.nextInt(4);
    if (dice < 2) {
      return target.linkProof();
    }
    if (dice == 2) {
      return null;
    }
    String madeUp = Base64Url.encode(bytes(32));
    materials.add(madeUp);
    return madeUp;
  }

  private String path() {
    switch (random.nextInt(10)) {
      case 0:
        return pick(new String[] {
            null, "", "/", "/api", "/api/", "/api/secrets/", "/api/secrets//reveal", "//api/secrets", "/API/secrets",
            "/api/secrets?x=1", "/api/secrets/../secrets", "/api/secrets/%2e%2e/reveal", "/api/secrets#frag",
            "/api/secrets/" + id() + "/reveal/", "/api/secrets/" + id() + "/REVEAL", "/api/secrets/" + id() + "/x",
            "/index.html", "/api/secrets/" + id() + "/reveal/../../" + id()});
      case 1:
        return "/api/secrets";
      default:
        String id = id();
        return random.nextBoolean() ? "/api/secrets/" + id : "/api/secrets/" + id + "/reveal";
    }
  }

  private String id() {
    switch (random.nextInt(9)) {
      case 0:
        return pick(TRAVERSALS);
      case 1:
        return randomText(BASE64URL, 23 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 200));
      case 2:
        return pick(NON_ASCII) + randomText(BASE64URL, random.nextInt(22)) + pick(NON_ASCII);
      case 3:
        return randomText(BASE64URL + "+/=.%~!$&'()*,;:@ ", random.nextInt(30));
      case 4:
        return Base64Url.encode(bytes(16)).substring(0, 21) + pick(new String[] {"B", "=", "", "Q=="});
      case 5:
      case 6:
        return live.isEmpty() ? Base64Url.encode(bytes(16)) : live.get(random.nextInt(live.size())).id();
      default:
        return Base64Url.encode(bytes(16));
    }
  }

  private Map<String, String> headers() {
    if (random.nextInt(40) == 0) {
      return null;
    }
    Map<String, String> headers = new HashMap<>();
    int choice = random.nextInt(10);
    if (choice < 7) {
      String name = pick(new String[] {"content-type", "Content-Type", "CONTENT-TYPE", "content-type "});
      headers.put(name, random.nextInt(3) == 0 ? pick(CONTENT_TYPES) : "application/json");
    } else if (choice == 7) {
      headers.put("content-type", "application/json; " + "charset=utf-8; ".repeat(5_000));
    } else if (choice == 8) {
      headers.put("content-type", null);
    }
    if (random.nextInt(20) == 0) {
      for (int i = 0; i < 1_000; i++) {
        headers.put("x-junk-" + i, randomText(BASE64URL, 100));
      }
    }
    if (random.nextInt(20) == 0) {
      headers.put("x-huge", "A".repeat(256 * 1024));
      headers.put(null, "a header without a name");
    }
    return headers;
  }

  private String body() {
    int dice = random.nextInt(100);
    if (dice < 8) {
      return dice < 4 ? null : "";
    }
    if (dice < 25) {
      return mistypedCreate();
    }
    if (dice < 40) {
      return proofBody();
    }
    if (dice < 50) {
      return nested();
    }
    if (dice < 60) {
      String valid = mistypedCreate();
      return valid.substring(0, random.nextInt(valid.length()));
    }
    if (dice < 70) {
      return randomText("{}[]\":,\\ntrufalse0123456789.eE+-\u0000\u00ff\uD800 ", random.nextInt(300));
    }
    if (dice < 80) {
      byte[] bytes = bytes(random.nextInt(500));
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (dice < 90) {
      return "{\"proof\":\"" + Base64Url.encode(bytes(32)) + "\",\"" + pick(NON_ASCII) + "\":1}";
    }
    return pick(new String[] {"null", "true", "[]", "{}", "0", "\"text\"", "{} {}", "{\"proof\":null}",
        "{\"proof\":\"a\",\"proof\":\"b\"}", "{\"__proto__\":{}}", "{\"proof\":1e999999999}", "{\"a\":" + "1".repeat(2000) + "}",
        "\uFEFF{}", "{\"" + "k".repeat(60_000) + "\":1}"});
  }

  /** A create body with one field of a wrong type or value, or all fields right. */
  private String mistypedCreate() {
    TestSecret secret = secret(16 + random.nextInt(64));
    remember(secret);
    Map<String, String> fields = new HashMap<>();
    fields.put("id", "\"" + secret.id() + "\"");
    fields.put("ciphertext", "\"" + secret.ciphertext() + "\"");
    fields.put("expiresIn", "600");
    fields.put("passphrase", random.nextBoolean() ? "true" : "false");
    fields.put("proofHash", "\"" + secret.proofHash() + "\"");
    fields.put("linkProofHash", "\"" + secret.linkProofHash() + "\"");
    String field = pick(new String[] {"id", "ciphertext", "expiresIn", "passphrase", "proofHash", "linkProofHash",
        "none"});
    if (!field.equals("none")) {
      fields.put(field, pick(new String[] {
          "7", "-1", "0", "59", "2592001", "60.5", "1e400", "1".repeat(400), "true", "null", "[]", "{}",
          "[\"" + secret.id() + "\"]", "\"\"", "\"AAA=\"", "\"a b\"", "\"60\"", "\"" + pick(NON_ASCII) + "\"",
          "{\"nested\":" + "[".repeat(50) + "]".repeat(50) + "}", "\"" + "A".repeat(100_000) + "\""}));
    }
    if (random.nextInt(10) == 0) {
      fields.remove(pick(fields.keySet().toArray(new String[0])));
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach((name, value) -> json.append('"').append(name).append("\":").append(value).append(','));
    if (random.nextInt(10) == 0) {
      json.append("\"extra\":1,");
    }
    json.setLength(json.length() - 1);
    return json.append('}').toString();
  }

  private String proofBody() {
    String proof = Base64Url.encode(bytes(32));
    materials.add(proof);
    String linkProof = Base64Url.encode(bytes(32));
    materials.add(linkProof);
    return pick(new String[] {
        "{\"proof\":\"" + proof + "\"}", "{\"proof\":\"" + proof + "\",\"linkProof\":\"" + linkProof + "\"}",
        "{\"proof\":\"" + proof + "\",\"linkProof\":\"" + linkProof + "=\"}",
        "{\"proof\":\"" + proof + "\",\"linkProof\":null}", "{\"linkProof\":\"" + linkProof + "\"}",
        "{\"proof\":\"" + proof + "\",\"linkProof\":\"" + linkProof + "\",\"linkProof\":\"" + proof + "\"}", "{\"proof\":\"" + proof + "=\"}", "{\"proof\":\"" + proof.substring(1) + "\"}",
        "{\"proof\":[\"" + proof + "\"]}", "{\"proof\":\"" + proof + "\",\"id\":1}", "{\"Proof\":\"" + proof + "\"}",
        "{\"proof\":\"" + proof.replace('A', '+') + "\"}", " {\"proof\" : \"" + proof + "\"} \n"});
  }

  private String nested() {
    int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 200_000 : 2_000);
    String open = random.nextBoolean() ? "[" : "{\"proof\":";
    String close = open.equals("[") ? "]" : "}";
    String wrapped = open.repeat(depth) + "1" + close.repeat(random.nextInt(4) == 0 ? 0 : depth);
    return random.nextBoolean() ? wrapped : "{\"proof\":" + wrapped + "}";
  }

  /** A body from 1 MB to 12 MB: a create with a ciphertext around the limit, or plain filler. */
  private String bigBody() {
    int size = pick(new Integer[] {1 << 20, Limits.MAX_CIPHERTEXT_BYTES, Limits.MAX_CIPHERTEXT_BYTES + 1,
        6 * 1024 * 1024, 12 * 1024 * 1024});
    if (random.nextBoolean()) {
      return "\"" + "A".repeat(size) + "\"";
    }
    TestSecret secret = secret(Math.min(size, 6 * 1024 * 1024));
    remember(secret);
    return secret.createBody(600, false);
  }

  /** A secret from the seeded generator, so a seed reproduces a run byte for byte. */
  private TestSecret secret(int ciphertextBytes) {
    return TestSecret.of(this::bytes, ciphertextBytes);
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private void remember(TestSecret secret) {
    materials.add(secret.proof());
    materials.add(secret.proofHash());
    materials.add(secret.linkProof());
    materials.add(secret.linkProofHash());
    materials.add(secret.ciphertext().length() > 64 ? secret.ciphertext().substring(0, 64) : secret.ciphertext());
  }

  private static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers, String body,
      boolean base64, int index) {
    return TestRequests.event(method, path, headers, body, base64, "fuzz-" + index);
  }

  private String randomText(String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
