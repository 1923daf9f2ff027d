package io.securelink.cli.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream without trusting its length: at most one byte more than allowed, so "too large" is known. */
public final class BoundedInput {

  private BoundedInput() {}

  /** Returns all of {@code in}, or the first {@code maxBytes + 1} bytes if it holds more than {@code maxBytes}. */
  public static byte[] readAtMostOneMoreThan(InputStream in, int maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long limit = (long) maxBytes + 1;
    int read;
    while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
