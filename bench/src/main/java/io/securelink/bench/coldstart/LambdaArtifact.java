package io.securelink.bench.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Lambda zip (backend/target/securelink-lambda.zip), unpacked as Lambda's Java runtime unpacks it: classes at
 * the root, dependencies in lib/. Its classpath is what the cold-start JVMs run on.
 */
final class LambdaArtifact {

  /** One file in the zip and its uncompressed size. */
  record Entry(String name, long bytes) {}

  private final long zipBytes;
  private final List<Entry> entries;
  private final Path root;

  private LambdaArtifact(long zipBytes, List<Entry> entries, Path root) {
    this.zipBytes = zipBytes;
    this.entries = entries;
    this.root = root;
  }

  /** Unpacks {@code zip} into the empty directory {@code target}. */
  static LambdaArtifact unpack(Path zip, Path target) throws IOException {
    if (!Files.isRegularFile(zip)) {
      throw new IOException("no Lambda artifact at " + zip + ": build the backend first (mvn package)");
    }
    List<Entry> entries = new ArrayList<>();
    Path root = target.toAbsolutePath().normalize();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        Path destination = root.resolve(entry.getName()).normalize();
        if (!destination.startsWith(root)) {
          throw new IOException("the Lambda zip has an entry outside its root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          entries.add(new Entry(entry.getName(), Files.copy(in, destination)));
        }
      }
    }
    return new LambdaArtifact(Files.size(zip), entries, root);
  }

  /** Returns the zip's own size in bytes, what Lambda stores and loads. */
  long zipBytes() {
    return zipBytes;
  }

  /** Returns the sum of the uncompressed files. */
  long unpackedBytes() {
    return entries.stream().mapToLong(Entry::bytes).sum();
  }

  /** Returns how many dependency jars lib/ holds. */
  long libraryCount() {
    return entries.stream().filter(entry -> entry.name().startsWith("lib/")).count();
  }

  /** Returns the {@code count} largest files, largest first. */
  List<Entry> largest(int count) {
    return entries.stream().sorted(Comparator.comparingLong(Entry::bytes).reversed()).limit(count).toList();
  }

  /** Returns the classpath Lambda's runtime builds: the root, then every jar in lib/. */
  List<Path> classpath() {
    List<Path> classpath = new ArrayList<>();
    classpath.add(root);
    entries.stream()
        .filter(entry -> entry.name().startsWith("lib/") && entry.name().endsWith(".jar"))
        .map(entry -> root.resolve(entry.name()))
        .sorted()
        .forEach(classpath::add);
    return classpath;
  }
}
