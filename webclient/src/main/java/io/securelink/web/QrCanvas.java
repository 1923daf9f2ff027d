package io.securelink.web;

import io.securelink.web.qr.QrCode;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws the link's QR code onto a canvas: dark modules on white with the quiet zone, in both colour schemes,
 * because scanners expect dark on light. Drawn in script, so the page needs no image source or inline style.
 */
final class QrCanvas {

  /** Canvas pixels per module; CSS scales the canvas down, crisp on high-density screens. */
  private static final int PIXELS_PER_MODULE = 8;

  private QrCanvas() {}

  /** Draws {@code link} onto the canvas {@code canvasId}. */
  static void draw(String canvasId, String link) {
    QrCode code = QrCode.encode(asciiBytes(link));
    int modules = code.size() + 2 * QrCode.QUIET_ZONE_MODULES;
    HTMLCanvasElement canvas = Dom.byId(canvasId);
    canvas.setWidth(modules * PIXELS_PER_MODULE);
    canvas.setHeight(modules * PIXELS_PER_MODULE);
    CanvasRenderingContext2D context = (CanvasRenderingContext2D) canvas.getContext("2d");
    context.setFillStyle("#ffffff");
    context.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    context.setFillStyle("#000000");
    for (int row = 0; row < code.size(); row++) {
      for (int column = 0; column < code.size(); column++) {
        if (code.isDark(row, column)) {
          context.fillRect((column + QrCode.QUIET_ZONE_MODULES) * PIXELS_PER_MODULE,
              (row + QrCode.QUIET_ZONE_MODULES) * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
        }
      }
    }
  }

  /**
   * Returns the bytes of {@code link}, which is ASCII by construction (a serialized origin, then {@code /#v1.} and
   * base64url). Not {@code String.getBytes(UTF_8)}: in TeaVM that pulls the whole charset framework into the page,
   * 3.3 KB gzip (docs/BENCHMARKS.md, P2).
   */
  private static byte[] asciiBytes(String link) {
    byte[] bytes = new byte[link.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = link.charAt(i);
      if (c > 0x7f) {
        throw new IllegalArgumentException("a link is ASCII; this one has a character above U+007F");
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  /** Clears the canvas, for when the link stops working. */
  static void clear(String canvasId) {
    HTMLCanvasElement canvas = Dom.byId(canvasId);
    canvas.setWidth(0);
    canvas.setHeight(0);
  }
}
