package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code tidings bench --load} end to end on real models, a real store and a real server, small:
 * every kind of request is sent and none fails. Its figures are the benchmark's business, not
 * this test's.
 */
class LoadBenchIT {

  @Test
  void aShortLoadRunSendsEveryKindOfRequestAndNoneFails() {
    Cli r = Cli.run("bench", "--load", "--clients", "8", "--seconds", "6", "--submit-percent", "10");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("8 clients for").contains(" 0 errors");
    for (String kind : new String[] {"search", "events", "timeline", "post new", "post again", "all reads"}) {
      assertThat(r.out()).as(r.out()).containsPattern("(?m)^" + kind + " +[1-9]");
    }
    assertThat(r.out()).containsPattern("store after the run: [1-9][0-9]+ articles");
  }
}
