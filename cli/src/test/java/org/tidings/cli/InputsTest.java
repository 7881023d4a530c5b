package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void invalidUtf8IsReplacedAndSaid() {
    Inputs.Decoded d = Inputs.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    assertThat(d.replaced()).isTrue();
    assertThat(d.text()).startsWith("a").endsWith("b").contains("\uFFFD");
  }

  @Test
  void aByteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(Inputs.decode(bom).text()).isEqualTo("hi");
    assertThat(Inputs.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8)).replaced()).isFalse();
  }

  @Test
  void columnsAreCutWithAMark() {
    assertThat(Writers.fit("Appeal or request", 9)).isEqualTo("Appeal o\u2026");
    assertThat(Writers.fit("Kyiv", 9)).isEqualTo("Kyiv");
  }

  @Test
  void tokensAreCountedForRates() {
    assertThat(BenchCommand.approximateTokens("Macron met Zelensky, in Kyiv.")).isEqualTo(7);
  }
}
