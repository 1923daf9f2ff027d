package io.securelink.web;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.file.File;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/** Reads a chosen file into Java bytes and hands revealed bytes back to the browser as a download. */
final class BrowserFiles {

  @JSFunctor
  interface Loaded extends JSObject {
    void loaded(ArrayBuffer content);
  }

  @JSFunctor
  interface Failed extends JSObject {
    void failed();
  }

  private BrowserFiles() {}

  /** Returns the file's size in bytes as JavaScript reports it (a double: files can exceed an int). */
  @JSBody(params = "file", script = "return file.size;")
  static native double size(File file);

  /** Returns the file's media type, "" when the browser does not know it. */
  @JSBody(params = "file", script = "return file.type || '';")
  static native String mediaType(File file);

  /**
   * Returns the whole content of {@code file}; call it from a TeaVM thread.
   *
   * @throws IllegalStateException if the browser cannot read it (moved, deleted, no permission)
   */
  @Async
  static native byte[] read(File file);

  static void read(File file, AsyncCallback<byte[]> callback) {
    readBuffer(file,
        content -> callback.complete(Int8Array.create(content).copyToJavaArray()),
        () -> callback.error(new IllegalStateException(
            "The file could not be read. Choose it again; it may have been moved or changed.")));
  }

  /**
   * Returns a {@code blob:} URL for {@code content}. Always typed application/octet-stream, whatever the sender
   * claimed: a blob URL runs in this page's origin, so an HTML or SVG file must never be rendered from it.
   */
  static String downloadUrl(byte[] content) {
    return objectUrl(content);
  }

  @JSBody(params = {"file", "loaded", "failed"},
      script = "file.arrayBuffer().then(function(b) { loaded(b); }, function() { failed(); });")
  private static native void readBuffer(File file, Loaded loaded, Failed failed);

  @JSBody(params = "content",
      script = "return URL.createObjectURL(new Blob([content], {type: 'application/octet-stream'}));")
  private static native String objectUrl(@JSByRef byte[] content);
}
