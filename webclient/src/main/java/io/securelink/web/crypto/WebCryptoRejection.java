package io.securelink.web.crypto;

/**
 * A WebCrypto call whose promise was rejected. The message names the operation and the browser's error name
 * only; WebCrypto errors never carry key material, and none is added here.
 */
final class WebCryptoRejection extends Exception {

  /** The DOMException name with which WebCrypto signals a failed AES-GCM tag check. */
  static final String OPERATION_ERROR = "OperationError";

  private final String errorName;

  WebCryptoRejection(String operation, String errorName) {
    super("WebCrypto " + operation + " failed: " + errorName);
    this.errorName = errorName;
  }

  /** Returns the browser's error name, e.g. "OperationError" or "NotSupportedError". */
  String errorName() {
    return errorName;
  }

  /** Returns this rejection as the unchecked failure of an operation that should never be rejected. */
  IllegalStateException unexpected() {
    return new IllegalStateException(getMessage(), this);
  }
}
