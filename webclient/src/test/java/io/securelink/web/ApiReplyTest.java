package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiReplyTest {

  @Test
  void readsTheStatusReply() {
    ApiReply reply = ApiReply.of(200,
        "{\"id\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"expiresAt\":\"2030-01-01T00:00:00Z\",\"passphrase\":true}");
    assertEquals(200, reply.status());
    assertTrue(reply.isTrue("passphrase"));
    assertEquals("2030-01-01T00:00:00Z", reply.string("expiresAt"));
    assertEquals("", reply.errorCode());
  }

  @Test
  void readsAWrongProofReplyWithAttemptsLeft() {
    ApiReply reply = ApiReply.of(403,
        "{\"error\":\"wrong_proof\",\"message\":\"The proof is wrong.\",\"attemptsLeft\":4}");
    assertEquals("wrong_proof", reply.errorCode());
    assertEquals("The proof is wrong.", reply.serverMessage());
    assertEquals(4, reply.integer("attemptsLeft"));
  }

  @Test
  void membersOfTheWrongTypeReadAsAbsent() {
    ApiReply reply = ApiReply.of(200, "{\"passphrase\":\"true\",\"attemptsLeft\":\"4\",\"expiresAt\":5}");
    assertFalse(reply.isTrue("passphrase"));
    assertEquals(-1, reply.integer("attemptsLeft"));
    assertEquals("", reply.string("expiresAt"));
  }

  @Test
  void bodiesThatAreNotJsonObjectsHaveNoMembers() {
    for (String body : new String[] {"", null, "<html>Bad gateway</html>", "[1]", "{\"error\":", "{\"a\":1}x"}) {
      ApiReply reply = ApiReply.of(502, body);
      assertEquals(502, reply.status());
      assertEquals("", reply.errorCode());
      assertEquals("", reply.serverMessage());
    }
  }

  @Test
  void unreachableIsItsOwnStatus() {
    ApiReply reply = ApiReply.unreachable();
    assertTrue(reply.isUnreachable());
    assertFalse(ApiReply.of(500, "").isUnreachable());
  }
}
