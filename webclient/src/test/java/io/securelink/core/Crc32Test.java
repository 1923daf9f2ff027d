package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32Test {

  @Test
  void checkValueOfTheStandard() {
    assertEquals(0xCBF43926, Crc32.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(0, Crc32.of(new byte[0]));
  }

  @Test
  void agreesWithJavaUtilZipOnRandomInputs() {
    Random random = new Random(2);
    for (int length = 0; length < 80; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      CRC32 reference = new CRC32();
      reference.update(data);
      assertEquals((int) reference.getValue(), Crc32.of(data), "length " + length);
    }
  }

  @Test
  void bigEndianPutsTheMostSignificantByteFirst() {
    assertArrayEquals(new byte[] {(byte) 0xCB, (byte) 0xF4, 0x39, 0x26},
        Crc32.bigEndian("123456789".getBytes(StandardCharsets.US_ASCII)));
  }
}
