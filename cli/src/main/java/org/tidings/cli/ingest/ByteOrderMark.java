package org.tidings.cli.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte order mark a file starts with, if any: its charset and its length in bytes. UTF-32LE's
 * mark begins with UTF-16LE's, so the longer marks are tried first.
 *
 * @param charset what the mark says the bytes are
 * @param length the mark's bytes, to skip before decoding
 */
public record ByteOrderMark(Charset charset, int length) {
  private static final int[][] MARKS = {{0xEF, 0xBB, 0xBF}, {0xFF, 0xFE, 0x00, 0x00}, {0x00, 0x00, 0xFE, 0xFF},
      {0xFF, 0xFE}, {0xFE, 0xFF}};
  private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("UTF-32LE"),
      Charset.forName("UTF-32BE"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};

  /** The mark {@code bytes} start with, or null when they start with none. */
  public static ByteOrderMark of(byte[] bytes) {
    for (int m = 0; m < MARKS.length; m++) {
      if (starts(bytes, MARKS[m])) {
        return new ByteOrderMark(CHARSETS[m], MARKS[m].length);
      }
    }
    return null;
  }

  /** Whether {@code bytes} start with a mark of UTF-16 or UTF-32, whose text is not ASCII-compatible. */
  public static boolean wide(byte[] bytes) {
    ByteOrderMark m = of(bytes);
    return m != null && !m.charset().equals(StandardCharsets.UTF_8);
  }

  private static boolean starts(byte[] b, int[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
