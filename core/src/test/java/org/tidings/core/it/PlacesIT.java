package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.eval.Score;

/**
 * Where events happened, on six articles written for testing (ambiguous names, seats of power,
 * datelines, speakers elsewhere than their events). These floors guard what works today; the
 * place issue's acceptance (95% of countries, 85% of places within 50 km) is higher and open.
 */
class PlacesIT {
  private static final List<String> FILES = List.of("p01", "p02", "p03", "p04", "p05", "p06");

  @Test
  void placesOfEvents() {
    Score total = new Coding().scoreAll("places", FILES);
    assertThat(total.places().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(total.anchorCountries().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.78);
    assertThat(total.anchorPlaces().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.75);
    assertThat(total.forbiddenHits()).isZero();
  }
}
