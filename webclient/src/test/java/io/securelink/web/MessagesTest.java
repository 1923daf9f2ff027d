package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void wrongPassphraseSaysTheSecretIsKeptWhileTriesAreLeft() {
    assertTrue(Messages.wrongPassphrase(3).contains("still there"));
    assertTrue(Messages.wrongPassphrase(3).contains("3 more tries"));
    assertTrue(Messages.wrongPassphrase(1).contains("one more try"));
    assertTrue(Messages.wrongPassphrase(-1).contains("still there"));
    assertTrue(Messages.wrongPassphrase(0).contains("deleted"));
  }

  @Test
  void eachFailureKindHasItsOwnWords() {
    assertEquals(Messages.UNREACHABLE, Messages.failure(ApiReply.unreachable(), "Nothing was shared"));
    assertTrue(Messages.failure(ApiReply.of(413, ""), "Nothing was shared").contains("4 MiB"));
    assertTrue(Messages.failure(ApiReply.of(429, ""), "Nothing was shared").contains("too many"));
    String refused = Messages.failure(
        ApiReply.of(400, "{\"error\":\"bad_request\",\"message\":\"expiresIn is out of range\"}"), "Nothing was shared");
    assertEquals("Nothing was shared: the server answered 400 (bad_request). expiresIn is out of range.", refused);
    assertEquals("Nothing was shared: the server answered 502.", Messages.failure(ApiReply.of(502, "<html>"), "Nothing was shared"));
  }

  @Test
  void goneDamagedAndUnreadableAreDistinct() {
    assertTrue(Messages.GONE.contains("already viewed, revoked or expired"));
    assertNotEquals(Messages.GONE, Messages.UNREADABLE);
    assertNotEquals(Messages.GONE, Messages.UNREACHABLE);
  }
}
