package io.securelink.cli.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every entry under a folder, with each file's size and SHA-256: two snapshots are equal exactly when nothing
 * was created, deleted or changed there.
 */
final class TreeSnapshot {

  private TreeSnapshot() {}

  /** Returns relative path to "dir" or "size sha256", skipping {@code excluded} and everything under it. */
  static Map<String, String> of(Path root, Path excluded) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (excluded != null && path.startsWith(excluded)) {
          continue;
        }
        String name = root.relativize(path).toString();
        entries.put(name, Files.isDirectory(path) ? "dir" : Files.size(path) + " " + sha256(path));
      }
    }
    return entries;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
