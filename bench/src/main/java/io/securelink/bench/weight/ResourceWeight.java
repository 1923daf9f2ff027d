package io.securelink.bench.weight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/**
 * The size of one thing the page loaded: its bytes as served and gzipped at gzip's default level 6, which is what a
 * CDN's on-the-fly compression is usually measured against ({@code securelink serve} itself sends it uncompressed).
 *
 * @param path the URL's path
 * @param bytes the body as served
 * @param gzipBytes the body gzipped
 */
record ResourceWeight(String path, long bytes, long gzipBytes) {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Returns the weight of {@code url}, fetched once more from the server that served the page. */
  static ResourceWeight of(URI url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HTTP.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode());
    }
    byte[] body = response.body();
    return new ResourceWeight(url.getPath(), body.length, gzip(body).length);
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(body);
    }
    return compressed.toByteArray();
  }
}
