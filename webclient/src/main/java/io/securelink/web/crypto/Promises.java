package io.securelink.web.crypto;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/**
 * Awaits WebCrypto promises without losing why they failed: {@code JSPromise.await()} alone turns a rejection
 * into a bare RuntimeException and drops the DOMException name, which is what tells a failed tag
 * ("OperationError") from an unsupported algorithm or bad key data.
 */
final class Promises {

  private Promises() {}

  /** The outcome of a settled promise: its value, or the name of the error it was rejected with. */
  interface Outcome<T extends JSObject> extends JSObject {

    @JSProperty("fulfilled")
    boolean isFulfilled();

    @JSProperty
    T getValue();

    @JSProperty
    String getErrorName();
  }

  /**
   * Returns the value of {@code promise}, suspending the calling TeaVM thread until it settles.
   *
   * @throws WebCryptoRejection if the promise was rejected, naming {@code operation} and the error
   */
  static <T extends JSObject> T await(JSPromise<T> promise, String operation) throws WebCryptoRejection {
    Outcome<T> outcome = settle(promise).await();
    if (!outcome.isFulfilled()) {
      throw new WebCryptoRejection(operation, outcome.getErrorName());
    }
    return outcome.getValue();
  }

  /** Returns a promise that always fulfils, with the value or the error name of {@code promise}. */
  @JSBody(
      params = "promise",
      script = "return promise.then("
          + "function(value) { return {fulfilled: true, value: value, errorName: ''}; },"
          + "function(error) { return {fulfilled: false, value: null,"
          + " errorName: (error && typeof error.name === 'string') ? error.name : 'Error'}; });")
  private static native <T extends JSObject> JSPromise<Outcome<T>> settle(JSPromise<T> promise);
}
