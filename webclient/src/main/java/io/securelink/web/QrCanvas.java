package io.securelink.web;

import io.securelink.web.qr.QrCode;
import java.nio.charset.StandardCharsets;
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
    QrCode code = QrCode.encode(link.getBytes(StandardCharsets.UTF_8));
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

  /** Clears the canvas, for when the link stops working. */
  static void clear(String canvasId) {
    HTMLCanvasElement canvas = Dom.byId(canvasId);
    canvas.setWidth(0);
    canvas.setHeight(0);
  }
}
