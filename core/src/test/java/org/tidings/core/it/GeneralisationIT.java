package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.eval.Score;

/**
 * Ten articles written for testing (a protest, an air strike, sanctions, an arrest, a
 * ceasefire, a summit, an expulsion, aid, a threat, an election dispute), gold written before
 * the patterns were tuned: event F1 over all of them at least 0.75.
 */
class GeneralisationIT {
  private static final List<String> GOLD = List.of("g01-protest", "g02-airstrike", "g03-sanctions", "g04-arrest",
      "g05-ceasefire", "g06-summit", "g07-expulsion", "g08-aid", "g09-threat", "g10-election");

  @Test
  void eventF1OverTheTestArticles() {
    Score total = new Coding().scoreAll("gold", GOLD);
    assertThat(total.f1()).as("P %.2f R %.2f; %s", total.precision(), total.recall(), total.misses())
        .isGreaterThanOrEqualTo(0.75);
    assertThat(total.forbiddenHits()).as(total.misses().toString()).isLessThanOrEqualTo(1);
  }
}
