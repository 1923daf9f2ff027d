package io.securelink.cli.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never escapes the folder, never overwrites without force, and never follows a planted link. */
class FileSaverTest {

  @TempDir Path root;

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  @Test
  void writesANewFileReadableByItsOwnerOnly() throws Exception {
    Path saved = FileSaver.save(root, "key.pem", bytes("k"), false);
    assertEquals(root.resolve("key.pem"), saved);
    assertEquals("k", Files.readString(saved));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
  }

  @Test
  void namesThatAreNotOneSegmentAreRefused() {
    for (String name : new String[] {"../x", "a/b", "/abs", "..", ".", "", "a/../../x"}) {
      assertThrows(IllegalArgumentException.class, () -> FileSaver.save(root, name, bytes("x"), false), name);
      assertThrows(IllegalArgumentException.class, () -> FileSaver.save(root, name, bytes("x"), true), name);
    }
    assertFalse(Files.exists(root.getParent().resolve("x")));
  }

  @Test
  void aTakenNameGetsTheNextFreeNumber() throws Exception {
    Files.writeString(root.resolve("r.pdf"), "old");
    Files.writeString(root.resolve("r (1).pdf"), "old 1");
    assertEquals(root.resolve("r (2).pdf"), FileSaver.save(root, "r.pdf", bytes("new"), false));
    assertEquals("old", Files.readString(root.resolve("r.pdf")));
    assertEquals("notes (1)", FileSaver.numbered("notes", 1));
    assertEquals("archive.tar (3).gz", FileSaver.numbered("archive.tar.gz", 3));
  }

  @Test
  void forceReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Files.writeString(root.resolve("r.txt"), "old");
    assertEquals(root.resolve("r.txt"), FileSaver.save(root, "r.txt", bytes("new"), true));
    assertEquals("new", Files.readString(root.resolve("r.txt")));
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aPlantedSymbolicLinkIsNeverFollowed() throws Exception {
    Path outside = Files.createDirectory(root.resolve("outside")).resolve("target");
    Path inbox = Files.createDirectory(root.resolve("inbox"));
    Files.createSymbolicLink(inbox.resolve("x"), outside);
    assertEquals(inbox.resolve("x (1)"), FileSaver.save(inbox, "x", bytes("secret"), false));
    FileSaver.save(inbox, "x", bytes("secret"), true);
    assertFalse(Files.exists(outside), "nothing was written through the link");
    assertFalse(Files.isSymbolicLink(inbox.resolve("x")), "force replaced the link itself");
  }

  @Test
  void forceNeverReplacesAFolder() throws Exception {
    Files.createDirectory(root.resolve("dir"));
    assertThrows(java.io.IOException.class, () -> FileSaver.save(root, "dir", bytes("x"), true));
  }
}
