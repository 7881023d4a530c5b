package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultHookTest {
  private final List<Integer> halts = new ArrayList<>();

  @Test
  void haltsOnTheNamedPassOfTheNamedPointOnly() {
    FaultHook hook = new FaultHook("stored:2", halts::add);
    hook.pass("coded");
    hook.pass("stored");
    hook.pass("coded");
    assertThat(halts).isEmpty();
    hook.pass("stored");
    assertThat(halts).containsExactly(137);
    hook.pass("stored");
    assertThat(halts).containsExactly(137);
  }

  @Test
  void withoutThePropertyNothingHappens() {
    FaultHook hook = new FaultHook(null, halts::add);
    for (int i = 0; i < 5; i++) {
      hook.pass("stored");
      hook.pass("indexed");
    }
    assertThat(halts).isEmpty();
  }

  @Test
  void aMalformedValueIsRefusedSayingWhatItShouldBe() {
    assertThatThrownBy(() -> new FaultHook("stored", halts::add)).hasMessageContaining("point:count");
    assertThatThrownBy(() -> new FaultHook("stored:x", halts::add)).hasMessageContaining("stored:2");
    assertThatThrownBy(() -> new FaultHook("stored:0", halts::add)).hasMessageContaining("1 or more");
  }
}
