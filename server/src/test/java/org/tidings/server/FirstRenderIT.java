package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.EventFilter;
import org.tidings.store.ReadSession;
import org.tidings.store.Store;

/**
 * The page's first render on a store of 100,000 events: from the start of navigation to the
 * mark the page sets once the timeline, network, map and event table have drawn (budget: 1 s).
 * It measures the first load of a fresh server and browser, a new browser's first visit (empty
 * cache) to the running server and five reloads, and writes them to
 * {@code target/first-render.txt}; the 1 s budget is checked against those figures in the
 * README, not asserted here, since a timed assertion fails whenever the machine is busy.
 */
class FirstRenderIT {
  static final int ARTICLES = 1000;
  static final double BUDGET_MS = 1000;
  static final int WARM_LOADS = 5;

  @Test
  void theOverviewOfAHundredThousandEventsDrawsAndIsTimed(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("big.db");
    SyntheticStore.make(db, ARTICLES);
    try (Store store = Store.open(db)) {
      try (ReadSession s = ReadSession.of(store)) {
        assertThat(s.events().count(EventFilter.ALL)).isEqualTo(ARTICLES * 100L);
      }
      ApiToken token = ApiToken.loadOrCreate(ApiToken.fileFor(db), new SecureRandom());
      try (TidingsServer server = TidingsServer.start(ServerSettings.local(0), store, token, a -> {
        throw new AssertionError("no coding here");
      }); Browser browser = new Browser(1400, 1100)) {
        String url = "http://127.0.0.1:" + server.port() + "/";
        double cold = firstRender(browser, url);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_LOADS; i++) {
          warm.add(firstRender(browser, url));
        }
        // a user's first visit to a running server: a new browser with an empty cache and profile
        double firstVisit;
        try (Browser fresh = new Browser(1400, 1100)) {
          firstVisit = firstRender(fresh, url);
        }
        final double best = Math.max(firstVisit, warm.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        System.out.printf("first render on %,d events: %.0f ms on the first load (cold server and browser), "
            + "then %s ms; a new browser's first visit %.0f ms%n", ARTICLES * 100, cold,
            warm.stream().map(w -> String.format("%.0f", w)).toList(), firstVisit);
        assertThat(browser.all("#events-table .tabulator-row")).hasSizeGreaterThan(10);
        assertThat(browser.paintedPixels("#timeline")).isGreaterThan(2000);
        assertThat(browser.all("#map path.event-place")).hasSize(20);
        assertThat(browser.paintedPixels("#map canvas")).isGreaterThan(50_000);
        browser.screenshot("overview-100k");
        assertThat(browser.consoleErrors()).isEmpty();
        // The time is measured here and reported (target/first-render.txt, and the README), not
        // asserted: a test that fails on a busy machine would say nothing about the page.
        Files.writeString(Path.of("target", "first-render.txt"), String.format(Locale.ROOT,
            "%d events: first load %.0f ms, reloads %s ms, a new browser's first visit %.0f ms, budget %.0f ms, "
                + "load average %.2f%n", ARTICLES * 100, cold, warm.stream().map(w -> String.format(Locale.ROOT, "%.0f", w))
                .toList(), firstVisit, BUDGET_MS,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        assertThat(best).as("a render was timed").isPositive();
      }
    }
  }

  private static double firstRender(Browser browser, String url) {
    browser.open(url);
    browser.waitRendered();
    // where the time went: page parsed, each request (start+duration), each view (start+duration)
    System.out.println(browser.js("""
        const n = performance.getEntriesByType('navigation')[0];
        const t = (e) => Math.round(e.startTime) + '+' + Math.round(e.duration);
        return 'page ready ' + Math.round(n.domContentLoadedEventEnd) + ' ms; '
          + performance.getEntriesByType('resource').filter(r => /\\/(api|data)\\//.test(r.name))
            .map(r => new URL(r.name).pathname + ' ' + t(r)).join(', ') + '; '
          + performance.getEntriesByType('measure').map(m => m.name + ' ' + t(m)).join(', ');"""));
    return ((Number) browser.js(
        "return performance.getEntriesByName('tidings-first-render')[0].startTime")).doubleValue();
  }
}
