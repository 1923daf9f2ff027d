package io.securelink.web.selftest;

import io.securelink.core.AuthenticationException;

/** Assertions for the browser self-test, where JUnit does not run; each failure is an AssertionError. */
final class Expect {

  private Expect() {}

  /** A call that is expected to throw. */
  interface Call {
    void run() throws Exception;
  }

  static void equalHex(String expectedHex, byte[] actual, String what) {
    String actualHex = Hex.encode(actual);
    if (!expectedHex.equals(actualHex)) {
      throw new AssertionError(what + ": expected " + expectedHex + " but got " + actualHex);
    }
  }

  static void equalBytes(byte[] expected, byte[] actual, String what) {
    if (expected.length != actual.length) {
      throw new AssertionError(what + ": expected " + expected.length + " bytes but got " + actual.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        throw new AssertionError(what + ": first difference at byte " + i);
      }
    }
  }

  static void isTrue(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  static void authenticationFails(Call call, String what) {
    try {
      call.run();
    } catch (AuthenticationException expected) {
      return;
    } catch (Exception other) {
      throw new AssertionError(what + ": expected AuthenticationException but got " + other.getClass().getName());
    }
    throw new AssertionError(what + ": expected AuthenticationException but it succeeded");
  }

  static void rejectsArgument(Call call, String what) {
    try {
      call.run();
    } catch (IllegalArgumentException expected) {
      return;
    } catch (Exception other) {
      throw new AssertionError(what + ": expected IllegalArgumentException but got " + other.getClass().getName());
    }
    throw new AssertionError(what + ": expected IllegalArgumentException but it succeeded");
  }

  static void rejectsRange(Call call, String what) {
    try {
      call.run();
    } catch (IndexOutOfBoundsException expected) {
      return;
    } catch (Exception other) {
      throw new AssertionError(what + ": expected IndexOutOfBoundsException but got " + other.getClass().getName());
    }
    throw new AssertionError(what + ": expected IndexOutOfBoundsException but it succeeded");
  }
}
