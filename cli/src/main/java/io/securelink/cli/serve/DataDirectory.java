package io.securelink.cli.serve;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes sure the data directory can hold secrets before anything is served: it exists (created if need be, for
 * its owner alone), is a directory, and takes a write. Failing here, at start, beats failing on the first secret
 * a person shares.
 */
final class DataDirectory {

  private DataDirectory() {}

  /** Returns the absolute directory, ready for use. */
  static Path prepare(Path directory) throws ServerStartException {
    Path absolute = directory.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw unusable(absolute, "it is not a directory", null);
    }
    try {
      createOwnerOnly(absolute);
    } catch (IOException e) {
      throw unusable(absolute, "it cannot be created (" + reason(e) + ")", e);
    }
    try {
      Path probe = Files.createTempFile(absolute, ".securelink-write-check-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw unusable(absolute, "it is not writable (" + reason(e) + ")", e);
    }
    return absolute;
  }

  /** Ciphertext is no one else's business: other local users get no access to a directory made here. */
  private static void createOwnerOnly(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    try {
      Files.createDirectories(
          directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createDirectories(directory);
    }
  }

  private static ServerStartException unusable(Path directory, String why, IOException cause) {
    return new ServerStartException(
        "cannot use data directory " + directory + ": " + why + "; choose another with --data", cause);
  }

  /** Returns the operating system's reason; NIO puts only the path in most exception messages. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getClass().getSimpleName();
  }
}
