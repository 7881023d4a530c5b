package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.eval.Score;

/** The reference article (Macron meets Zelensky, 8 Feb 2022) scored against its gold, with the foundation's thresholds. */
class ReferenceArticleIT {
  private static Coding coding;
  private static Score score;
  private static JsonNode coded;

  @BeforeAll
  static void code() {
    coding = new Coding();
    JsonNode gold = coding.resource("reference/seed.json");
    coded = coding.code(gold);
    score = coding.scorer.score(gold, coded);
  }

  @Test
  void eventsMatchTheGold() {
    assertThat(score.precision()).as(score.misses().toString()).isGreaterThanOrEqualTo(0.85);
    assertThat(score.recall()).as(score.misses().toString()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void nothingTheTextSaysDidNotHappenIsAsserted() {
    assertThat(score.forbiddenHits()).isZero();
  }

  @Test
  void datesPlacesActorsAndTimes() {
    assertThat(score.dates().right()).as(score.misses().toString()).isGreaterThanOrEqualTo(4);
    assertThat(score.places().right()).as(score.misses().toString()).isGreaterThanOrEqualTo(5);
    assertThat(score.actors().right()).as(score.misses().toString()).isGreaterThanOrEqualTo(11);
    assertThat(score.times().right()).as(score.misses().toString()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void quotesAreTiedToTheirSpeakers() {
    assertThat(score.quotesFound().right()).isEqualTo(5);
    assertThat(score.speakers().right()).as(score.misses().toString()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theFocusIsRussiaAndUkraineWithTheirCapitals() {
    JsonNode focus = coded.path("focus");
    assertThat(focus.path("countries").get(0).path("country").asText()).isIn("RUS", "UKR");
    assertThat(focus.path("countries").get(1).path("country").asText()).isIn("RUS", "UKR");
    assertThat(focus.path("places").findValuesAsText("name")).contains("Kyiv", "Moscow", "Minsk")
        .doesNotContain("Russia", "Ukraine");
    JsonNode first = focus.path("places").get(0).path("at").get(0);
    String text = coding.resource("reference/seed.json").path("text").asText();
    assertThat(text.substring(first.path("start").asInt(), first.path("end").asInt())).isIn("Moscow", "Kremlin");
  }

  @Test
  void theMeetingInKyivIsCodedInFull() {
    JsonNode met = null;
    for (JsonNode e : coded.path("events")) {
      if (e.path("trigger").path("text").asText().equals("met")) {
        met = e;
      }
    }
    assertThat(met).isNotNull();
    assertThat(met.path("source").path("name").asText()).isEqualTo("Emmanuel Macron");
    assertThat(met.path("target").path("code").asText()).isEqualTo("UKRGOV");
    assertThat(met.path("cameo").asText()).startsWith("04");
    assertThat(met.path("plover").asText()).isEqualTo("CONSULT");
    assertThat(met.path("mode").asText()).isEqualTo("asserted");
    assertThat(met.path("date").asText()).isEqualTo("2022-02-08");
    assertThat(met.path("date_basis").asText()).isEqualTo("text");
    assertThat(met.path("place").path("name").asText()).isEqualTo("Kyiv");
    assertThat(met.path("evidence").path("text").asText()).startsWith("On Tuesday, French President");
    assertThat(met.path("provenance").path("pattern").asText()).startsWith("verb-patterns.tsv:");
    assertThat(met.path("provenance").path("tidings").asText()).isNotBlank();
    assertThat(met.path("provenance").path("knowledge").asText()).matches("k[0-9a-f]{12}")
        .isEqualTo(coded.path("provenance").path("knowledge_id").asText());
    assertThat(coded.path("provenance").path("knowledge").path("verb-patterns.tsv").asText()).startsWith("v");
  }

  @Test
  void theDeniedAgreementIsMarkedDenied() {
    for (JsonNode e : coded.path("events")) {
      if (e.path("trigger").path("text").asText().equals("reached")) {
        assertThat(e.path("mode").asText()).isEqualTo("denied");
      }
    }
  }
}
