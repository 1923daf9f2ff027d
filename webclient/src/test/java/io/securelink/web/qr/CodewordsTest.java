package io.securelink.web.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodewordsTest {

  @Test
  void byteModeSegmentIsModeCountBytesTerminatorAndPads() {
    // 0100 | 00000010 | 01100001 ('a') | 01100010 ('b') | 0000, then 0xEC 0x11 alternating.
    byte[] expected = {
      0x40, 0x26, 0x16, 0x20, (byte) 0xEC, 0x11, (byte) 0xEC, 0x11,
      (byte) 0xEC, 0x11, (byte) 0xEC, 0x11, (byte) 0xEC, 0x11, (byte) 0xEC, 0x11
    };
    assertArrayEquals(expected, Codewords.data("ab".getBytes(StandardCharsets.US_ASCII), Version.of(1)));
  }

  @Test
  void version10UsesASixteenBitCount() {
    byte[] data = Codewords.data(new byte[] {(byte) 0xFF}, Version.of(10));
    assertEquals(0x40, data[0] & 0xFF);
    assertEquals(0x00, data[1] & 0xFF);
    assertEquals(0x1F, data[2] & 0xFF); // count 1 ends here, then the 0xFF byte starts
    assertEquals(0xF0, data[3] & 0xFF);
    assertEquals(216, data.length);
  }

  @Test
  void fullCapacityLeavesNoRoomForPads() {
    Version version = Version.of(1);
    byte[] content = new byte[version.byteCapacity()];
    byte[] data = Codewords.data(content, version);
    assertEquals(16, data.length);
    assertThrows(IllegalArgumentException.class, () -> Codewords.data(new byte[15], version));
  }

  @Test
  void interleavingTakesOneCodewordFromEachBlockInTurn() {
    Version version = Version.of(8); // 2 blocks of 38 and 2 of 39 data codewords, 22 ECC each
    byte[] data = new byte[version.dataCodewords()];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    byte[] all = Codewords.interleaved(data, version);
    assertEquals(242, all.length);
    assertArrayEquals(new byte[] {0, 38, 76, 115, 1, 39, 77, 116}, java.util.Arrays.copyOf(all, 8));
    // The last data codewords come only from the longer second-group blocks.
    assertEquals((byte) 114, all[152]);
    assertEquals((byte) 153, all[153]);
    byte[] firstBlock = java.util.Arrays.copyOfRange(data, 0, 38);
    byte[] firstEcc = new ReedSolomon(22).remainder(firstBlock, 0, 38);
    assertEquals(firstEcc[0], all[154]);
    assertEquals(firstEcc[1], all[158]);
  }
}
