package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.eval.Score;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.EventMention;

/**
 * Where events happened, on six articles written for testing (ambiguous names, seats of power,
 * datelines, speakers elsewhere than their events). These floors guard what works today; the
 * place issue's acceptance (95% of countries, 85% of places within 50 km) is higher and open.
 */
class PlacesIT {
  private static final List<String> FILES = List.of("p01", "p02", "p03", "p04", "p05", "p06");
  private static Coding coding;

  @BeforeAll
  static void load() {
    coding = new Coding();
  }

  @Test
  void placesOfEvents() {
    Score total = coding.scoreAll("places", FILES);
    assertThat(total.places().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(total.anchorCountries().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.8);
    assertThat(total.anchorPlaces().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.8);
    assertThat(total.forbiddenHits()).isZero();
  }

  @Test
  void aVerbJoinedToAVisitHappensAtThePlaceVisitedNotAtTheDateline() {
    String text = "AMMAN, March 6 (Reuters) - Jordan's foreign minister visited the Zaatari refugee camp on Monday "
        + "and urged Syria to take back the refugees.";
    CodedArticle coded = coding.coder.code(Article.of("camp", LocalDate.of(2023, 3, 6), text));
    EventMention urged = coded.events().stream()
        .filter(e -> text.substring(e.trigger().start(), e.trigger().end()).equals("urged")).findFirst().orElseThrow();
    assertThat(urged.place().name()).isEqualTo("Zaatari refugee camp");
    assertThat(urged.place().country()).isEqualTo("JOR");
  }
}
