package org.tidings.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.TimeValue;

/** Relative time expressions resolved against 8 February 2022, a Tuesday. */
class TimeResolverTest {
  private static final LocalDate TUESDAY = LocalDate.of(2022, 2, 8);
  private final TimeExpressionFinder finder = new TimeExpressionFinder();
  private final TimeResolver resolver = new TimeResolver();

  private String resolve(String text, Tense tense) {
    List<TimeExpression> found = finder.find(text, 0, text.length());
    assertThat(found).as(text).hasSize(1);
    return resolver.resolve(found.get(0), TUESDAY, tense).map(TimeValue::value).orElse(null);
  }

  @Test
  void weekdaysFollowTheTense() {
    assertThat(resolve("On Monday, Putin urged", Tense.PAST)).isEqualTo("2022-02-07");
    assertThat(resolve("On Tuesday, Macron met", Tense.PAST)).isEqualTo("2022-02-08");
    assertThat(resolve("would be held on Thursday", Tense.FUTURE)).isEqualTo("2022-02-10");
    assertThat(resolve("talks resume Thursday", Tense.PRESENT)).isEqualTo("2022-02-10");
    assertThat(resolve("an exercise beginning Thursday", Tense.PAST)).isEqualTo("2022-02-10");
    assertThat(resolve("last Friday", Tense.PAST)).isEqualTo("2022-02-04");
    assertThat(resolve("next Tuesday", Tense.FUTURE)).isEqualTo("2022-02-15");
  }

  @Test
  void deicticAndRelativeUnits() {
    assertThat(resolve("yesterday", Tense.PAST)).isEqualTo("2022-02-07");
    assertThat(resolve("tomorrow", Tense.FUTURE)).isEqualTo("2022-02-09");
    assertThat(resolve("last month", Tense.PAST)).isEqualTo("2022-01");
    assertThat(resolve("later this month", Tense.FUTURE)).isEqualTo("2022-02");
    assertThat(resolve("next year", Tense.FUTURE)).isEqualTo("2023");
    assertThat(resolve("three days ago", Tense.PAST)).isEqualTo("2022-02-05");
    assertThat(resolve("two years ago", Tense.PAST)).isEqualTo("2020");
  }

  @Test
  void datesMonthsAndYears() {
    assertThat(resolve("annexation of Crimea in 2014", Tense.PAST)).isEqualTo("2014");
    assertThat(resolve("on Feb. 14", Tense.PAST)).isEqualTo("2022-02-14");
    assertThat(resolve("on 24 December", Tense.PAST)).isEqualTo("2021-12-24");
    assertThat(resolve("on March 3, 2019", Tense.PAST)).isEqualTo("2019-03-03");
    assertThat(resolve("in May", Tense.FUTURE)).isEqualTo("2022-05");
    assertThat(resolve("in November", Tense.PAST)).isEqualTo("2021-11");
    assertThat(resolve("published 2022-01-30", Tense.PAST)).isEqualTo("2022-01-30");
  }

  @Test
  void numbersAreNotYears() {
    String text = "more than 6,000 miles and 30,000 reinforcements and 2015.5 percent";
    assertThat(finder.find(text, 0, text.length())).isEmpty();
  }

  @Test
  void theModalMayIsNotAMonth() {
    String text = "Russia may invade";
    assertThat(finder.find(text, 0, text.length())).isEmpty();
  }

  @Test
  void withoutAPublicationDateOnlyAbsoluteExpressionsResolve() {
    String text = "on Monday and in 2014";
    List<TimeExpression> found = finder.find(text, 0, text.length());
    assertThat(found).hasSize(2);
    assertThat(resolver.resolve(found.get(0), null, Tense.PAST)).isEmpty();
    assertThat(resolver.resolve(found.get(1), null, Tense.PAST)).map(TimeValue::value).hasValue("2014");
  }
}
