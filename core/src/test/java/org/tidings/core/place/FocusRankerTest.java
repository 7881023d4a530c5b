package org.tidings.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.FocusCountry;
import org.tidings.core.model.FocusPlace;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;

class FocusRankerTest {
  private final FocusRanker ranker = new FocusRanker(p -> p.name().equals("Ukraine") || p.name().equals("Poland"));

  private static Place at(String name, String country, int start) {
    return new Place(name, country, 1.0, 2.0, new Span(start, start + name.length()));
  }

  private final List<Place> named = List.of(at("Poland", "POL", 0), at("Kyiv", "UKR", 10), at("Ukraine", "UKR", 20),
      at("Lviv", "UKR", 30), at("Kyiv", "UKR", 40));

  @Test
  void countriesCountTheirPlacesAndDemonyms() {
    assertThat(ranker.countries(named, List.of("POL", "POL", "POL")))
        .containsExactly(new FocusCountry("POL", 4), new FocusCountry("UKR", 4));
    assertThat(ranker.countries(named, List.of())).first().isEqualTo(new FocusCountry("UKR", 4));
  }

  @Test
  void placesBelowCountryLevelRankByMentionsThenTextOrder() {
    List<FocusPlace> places = ranker.places(named);
    assertThat(places).extracting(p -> p.place().name()).containsExactly("Kyiv", "Lviv");
    assertThat(places.get(0).spans()).containsExactly(new Span(10, 14), new Span(40, 44));
  }
}
