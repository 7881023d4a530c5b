package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.eval.Score;

/**
 * Who said what, on eight articles written for testing (wire copy, features, interviews in Q/A
 * form, quotes across paragraphs, pronoun and description speakers, speakers introduced after
 * the quote, unnamed sources, straight, nested and broken quotation marks): at least 90% of the
 * speakers right, and no quote crosses a paragraph break the text does not cross.
 */
class QuotesIT {
  private static final List<String> FILES = List.of("q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08");

  @Test
  void speakersOfQuotesAndClaims() {
    Coding coding = new Coding();
    Score total = Score.empty();
    int quotes = 0;
    for (String f : FILES) {
      JsonNode gold = coding.resource("quotes/" + f + ".json");
      JsonNode coded = coding.code(gold);
      total = total.plus(coding.scorer.score(gold, coded));
      String text = gold.path("text").asText();
      for (JsonNode q : coded.path("quotes")) {
        quotes++;
        String words = text.substring(q.path("start").asInt(), q.path("end").asInt());
        assertThat(words).as(f + ": " + words).doesNotContain("\n\n");
      }
    }
    assertThat(total.quotesFound().total()).isGreaterThanOrEqualTo(40);
    assertThat(total.quotesFound().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(total.speakers().rate()).as(total.misses().toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(quotes).isGreaterThan(40);
  }
}
