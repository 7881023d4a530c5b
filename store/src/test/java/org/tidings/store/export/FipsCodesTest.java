package org.tidings.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FipsCodesTest {
  private final FipsCodes fips = FipsCodes.fromClassPath();

  @Test
  void everyKnownCountryHasOneFipsCode() throws IOException {
    List<String> countries = new ArrayList<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("tidings/knowledge/countries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.startsWith("iso3\t") && !line.isBlank()) {
          countries.add(line.split("\t")[0]);
        }
      }
    }
    assertThat(countries).hasSizeGreaterThan(190);
    Set<String> codes = new HashSet<>();
    for (String iso3 : countries) {
      assertThat(fips.of(iso3)).as(iso3).isNotNull();
      assertThat(fips.of(iso3).fips()).as(iso3).matches("[A-Z]{2}");
      assertThat(codes.add(fips.of(iso3).fips())).as("FIPS code of " + iso3 + " used twice").isTrue();
    }
    assertThat(fips.size()).isEqualTo(countries.size());
  }

  @Test
  void codesGdeltUsers() {
    assertThat(fips.of("UKR").fips()).isEqualTo("UP");
    assertThat(fips.of("RUS").fips()).isEqualTo("RS");
    assertThat(fips.of("FRA").fips()).isEqualTo("FR");
    assertThat(fips.of("DEU").fips()).isEqualTo("GM");
    assertThat(fips.of("GBR").fips()).isEqualTo("UK");
    assertThat(fips.of("DEU").name()).isEqualTo("Germany");
    assertThat(fips.of("XYZ")).isNull();
    assertThat(fips.of(null)).isNull();
  }
}
