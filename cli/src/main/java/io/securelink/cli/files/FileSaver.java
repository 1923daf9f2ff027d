package io.securelink.cli.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Writes a revealed file into a folder, readable by its owner only, and never anywhere else: the name is one
 * path segment inside the folder, and an existing file is never overwritten unless asked. Without {@code force}
 * a taken name gets a number ({@code report (1).pdf}) instead, because the secret is already gone from the
 * server and must not be lost.
 */
public final class FileSaver {

  /** How many numbered names are tried before giving up. */
  static final int MAX_NUMBERED = 99;

  private FileSaver() {}

  /**
   * Writes {@code content} as {@code folder/name} and returns the path written, which differs from it when the
   * name was taken and {@code force} is false.
   *
   * @throws IllegalArgumentException if {@code name} is not a single segment of a path
   * @throws IOException if nothing could be written; no partial file is left behind
   */
  public static Path save(Path folder, String name, byte[] content, boolean force) throws IOException {
    Path directory = folder.toAbsolutePath().normalize();
    Path target = inside(directory, name);
    if (force) {
      return replace(directory, target, content);
    }
    for (int n = 0; n <= MAX_NUMBERED; n++) {
      Path candidate = n == 0 ? target : inside(directory, numbered(name, n));
      try {
        writeNew(candidate, content);
        return candidate;
      } catch (FileAlreadyExistsException taken) {
        // Try the next number.
      }
    }
    throw new FileAlreadyExistsException(target.toString(), null,
        "it and " + MAX_NUMBERED + " numbered names exist; choose another --out");
  }

  /** Returns {@code name (n).ext}, the number before the extension so the file still opens by type. */
  static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
  }

  private static Path inside(Path directory, String name) {
    Path target = directory.resolve(name).normalize();
    if (name.isEmpty() || !directory.equals(target.getParent())) {
      throw new IllegalArgumentException("a file name must be one plain path segment");
    }
    return target;
  }

  /** Creates {@code target} atomically (fails if anything, even a dangling link, has that name) and fills it. */
  private static void writeNew(Path target, byte[] content) throws IOException {
    EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    SeekableByteChannel channel;
    try {
      channel = Files.newByteChannel(target, options, ownerOnly());
    } catch (UnsupportedOperationException noPosix) {
      channel = Files.newByteChannel(target, options);
    }
    try (SeekableByteChannel out = channel) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    } catch (IOException e) {
      Files.deleteIfExists(target);
      throw e;
    }
  }

  /** Writes a temporary file beside {@code target} and moves it over, so a reader never sees half a file. */
  private static Path replace(Path directory, Path target, byte[] content) throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + " is a folder, not a file");
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(directory, ".securelink-", ".part", ownerOnly());
    } catch (UnsupportedOperationException noPosix) {
      temporary = Files.createTempFile(directory, ".securelink-", ".part");
    }
    try {
      Files.write(temporary, content, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static FileAttribute<?> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  }
}
