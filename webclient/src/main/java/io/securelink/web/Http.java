package io.securelink.web;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;

/**
 * Same-origin JSON requests with XMLHttpRequest (for its upload progress), written as blocking calls: the calling
 * TeaVM thread waits for the answer, so the page's flows read top to bottom. Call from {@code new Thread}, never
 * from a DOM event listener directly.
 */
final class Http {

  /** Time allowed for a small request, and for each request carrying up to 4 MiB of ciphertext. */
  static final int SMALL_TIMEOUT_MILLIS = 30_000;
  static final int UPLOAD_TIMEOUT_MILLIS = 300_000;

  /** Receives upload progress: bytes sent so far of the total. */
  @JSFunctor
  interface UploadProgress extends JSObject {
    void sent(double loaded, double total);
  }

  private Http() {}

  /** Returns the answer to {@code method path} with a JSON body (or none); never throws for network failures. */
  static ApiReply send(String method, String path, String jsonBody) {
    return send(method, path, jsonBody, SMALL_TIMEOUT_MILLIS, null);
  }

  /** As {@link #send(String, String, String)}, reporting upload progress of a large body. */
  @Async
  static native ApiReply send(
      String method, String path, String jsonBody, int timeoutMillis, UploadProgress progress);

  static void send(String method, String path, String jsonBody, int timeoutMillis, UploadProgress progress,
      AsyncCallback<ApiReply> callback) {
    XMLHttpRequest request = XMLHttpRequest.create();
    request.open(method, path);
    setTimeout(request, timeoutMillis);
    // Errors, timeouts and aborts all mean "no answer": the flows show one message for them.
    request.onLoad(event -> callback.complete(ApiReply.of(request.getStatus(), request.getResponseText())));
    request.onError(event -> callback.complete(ApiReply.unreachable()));
    request.onTimeout(event -> callback.complete(ApiReply.unreachable()));
    request.onAbort(event -> callback.complete(ApiReply.unreachable()));
    if (progress != null) {
      onUploadProgress(request, progress);
    }
    if (jsonBody == null) {
      request.send();
    } else {
      request.setRequestHeader("Content-Type", "application/json");
      request.send(jsonBody);
    }
  }

  @JSBody(params = {"request", "millis"}, script = "request.timeout = millis;")
  private static native void setTimeout(XMLHttpRequest request, int millis);

  @JSBody(
      params = {"request", "progress"},
      script = "request.upload.onprogress = function(e) { if (e.lengthComputable) progress(e.loaded, e.total); };")
  private static native void onUploadProgress(XMLHttpRequest request, UploadProgress progress);
}
