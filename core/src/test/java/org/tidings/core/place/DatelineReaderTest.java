package org.tidings.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.knowledge.Knowledge;

class DatelineReaderTest {
  private static DatelineReader reader;

  @BeforeAll
  static void load() {
    Knowledge k = Knowledge.load();
    reader = new DatelineReader(k.gazetteer(), k.world());
  }

  @Test
  void wireDatelines() {
    assertThat(reader.read("KYIV, Feb 8 (Reuters) - Ukraine said").map(d -> d.place().country())).hasValue("UKR");
    assertThat(reader.read("NAIROBI \u2014 Kenyan police fired").map(d -> d.place().name())).hasValue("Nairobi");
    assertThat(reader.read("PORT-AU-PRINCE \u2014 The United States").map(d -> d.place().country())).hasValue("HTI");
    assertThat(reader.read("SINGAPORE \u2014 Leaders met").map(d -> d.place().country())).hasValue("SGP");
  }

  @Test
  void ordinaryOpeningsAreNotDatelines() {
    assertThat(reader.read("On Tuesday, French President Emmanuel Macron met")).isEmpty();
    assertThat(reader.read("NATO - the alliance - said")).isEmpty();
  }
}
