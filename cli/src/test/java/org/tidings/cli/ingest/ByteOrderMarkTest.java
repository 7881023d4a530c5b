package org.tidings.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteOrderMarkTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void readsEachMarkTheLongestFirst() {
    assertThat(ByteOrderMark.of(bytes(0xEF, 0xBB, 0xBF, 'K'))).isEqualTo(new ByteOrderMark(StandardCharsets.UTF_8, 3));
    assertThat(ByteOrderMark.of(bytes(0xFF, 0xFE, 0, 0))).isEqualTo(new ByteOrderMark(Charset.forName("UTF-32LE"), 4));
    assertThat(ByteOrderMark.of(bytes(0, 0, 0xFE, 0xFF))).isEqualTo(new ByteOrderMark(Charset.forName("UTF-32BE"), 4));
    assertThat(ByteOrderMark.of(bytes(0xFF, 0xFE, 'K', 0))).isEqualTo(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
    assertThat(ByteOrderMark.of(bytes(0xFE, 0xFF, 0, 'K'))).isEqualTo(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
    assertThat(ByteOrderMark.of(bytes('K', 'y', 'i', 'v'))).isNull();
    assertThat(ByteOrderMark.of(bytes(0xFE))).isNull();
  }

  @Test
  void onlyUtf16And32MarksAreWide() {
    assertThat(ByteOrderMark.wide(bytes(0xFF, 0xFE, 'K', 0))).isTrue();
    assertThat(ByteOrderMark.wide(bytes(0, 0, 0xFE, 0xFF))).isTrue();
    assertThat(ByteOrderMark.wide(bytes(0xEF, 0xBB, 0xBF))).isFalse();
    assertThat(ByteOrderMark.wide(bytes())).isFalse();
  }
}
