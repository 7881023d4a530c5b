package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.tidings.core.model.Article;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.store.Store;

/**
 * The web page in a real browser (headless Chromium) on a real server and store: the reference
 * article really coded, plus the hand-made test articles. Each view draws something, filters
 * reach every view through the URL, the Macron–Zelensky meeting shows its sentence, an article
 * pasted into the page is coded and stored, and the console stays free of errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
  static final String SEED_ID = "seed-2022-02-08";
  private Store store;
  private ApiToken token;
  private TidingsServer server;
  private Browser browser;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    TidingsCoder coder = TidingsCoder.standard(Settings.DEFAULTS);
    Path db = dir.resolve("web.db");
    store = Store.open(db);
    String text = Files.readString(Path.of("..", "examples", "seed-article.txt"));
    store.writer().store(coder.code(new Article(SEED_ID, LocalDate.of(2022, 2, 8),
        "Macron in Kyiv to push de-escalation plan", null, "Reference wire", text)));
    Corpus.fill(store);
    token = ApiToken.loadOrCreate(ApiToken.fileFor(db), new SecureRandom());
    server = TidingsServer.start(ServerSettings.local(0), store, token, coder::code);
    browser = new Browser(1400, 1100);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
  }

  private String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  private void load(String pathAndQuery) {
    browser.open(url(pathAndQuery));
    browser.waitRendered();
  }

  /** Waits until the overview has drawn again after a change (the status line says so). */
  private void waitRedrawn(String before) {
    browser.waitFor(30, d -> !d.findElement(By.id("status")).getText().equals(before)
        && d.findElement(By.id("status")).getText().startsWith("Overview drawn"));
  }

  @Test
  @Order(1)
  void theOverviewDrawsTimelineNetworkMapAndTable() {
    load("/");
    assertThat(browser.paintedPixels("#timeline")).as("timeline pixels").isGreaterThan(2000);
    assertThat(browser.paintedPixels("#network canvas")).as("network pixels").isGreaterThan(500);
    assertThat(browser.all("#network-actors button")).hasSizeGreaterThan(5);
    assertThat(browser.paintedPixels("#map canvas")).as("country outlines").isGreaterThan(50_000);
    assertThat(browser.all("#map path.event-place")).isNotEmpty();
    assertThat(browser.all("#events-table .tabulator-row")).hasSizeGreaterThan(10);
    browser.screenshot("overview");
  }

  @Test
  @Order(2)
  void filteringToRussiaAndUkraineReachesEveryViewAndTheUrl() {
    load("/");
    String before = browser.one("#status").getText();
    WebElement dyad = browser.one("#f-dyad");
    dyad.sendKeys("rus:ukr");
    dyad.sendKeys(Keys.ENTER);
    waitRedrawn(before);
    assertThat(browser.driver.getCurrentUrl()).contains("dyad=RUS%3AUKR");
    List<String> actors = browser.all("#network-actors button").stream().map(WebElement::getText).toList();
    assertThat(actors).isNotEmpty().allMatch(a -> a.startsWith("RUS") || a.startsWith("UKR"));
    assertThat(browser.paintedPixels("#timeline")).isGreaterThan(1000);
    assertThat(browser.paintedPixels("#network canvas")).isGreaterThan(200);
    assertThat(browser.all("#map path.event-place")).isNotEmpty();
    List<WebElement> rows = browser.all("#events-table .tabulator-row");
    assertThat(rows).isNotEmpty().allMatch(r -> r.getText().contains("RUS") && r.getText().contains("UKR"));
    browser.screenshot("filtered-rus-ukr");
    // the URL holds the state: a reload shows the same filter
    browser.driver.navigate().refresh();
    browser.waitRendered();
    assertThat(browser.one("#f-dyad").getAttribute("value")).isEqualTo("RUS:UKR");
    assertThat(browser.all("#events-table .tabulator-row")).hasSize(rows.size());
  }

  @Test
  @Order(3)
  void theMacronZelenskyMeetingShowsItsSentenceHighlighted() {
    load("/?dyad=FRA:UKR&cameo=04&text=met+Ukrainian");
    assertThat(browser.all("#events-table button.open-evidence")).as("the seed article's FRA-UKR meeting")
        .isNotEmpty();
    // Tabulator may draw its rows again once laid out: click the button that is there now
    browser.waitFor(10, d -> {
      try {
        d.findElements(By.cssSelector("#events-table button.open-evidence")).get(0).click();
        return true;
      } catch (StaleElementReferenceException e) {
        return false;
      }
    });
    browser.waitFor(30, d -> !d.findElements(By.cssSelector("#evidence-text mark.a-current")).isEmpty());
    assertThat(browser.driver.getCurrentUrl()).contains("view=evidence").contains("article=" + SEED_ID);
    String sentence = browser.all("#evidence-text mark.a-current").stream().map(WebElement::getText)
        .reduce("", String::concat);
    assertThat(sentence).contains("Emmanuel Macron met Ukrainian President Volodymyr Zelensky in Kyiv");
    assertThat(browser.one("#evidence-text .a-trigger").getText()).isEqualTo("met");
    assertThat(browser.one("#evidence-text .a-source").getText()).contains("Macron");
    assertThat(browser.one("#evidence-text .a-target").getText()).contains("Zelensky");
    assertThat(browser.one("#evidence-text .a-place").getText()).isEqualTo("Kyiv");
    String facts = browser.one("#evidence .facts").getText();
    assertThat(facts).contains("asserted").contains("Confidence").contains("FRAGOV").contains("UKRGOV");
    assertThat(browser.one("#evidence h3").getText()).startsWith("FRAGOV → UKRGOV: 04");
    assertThat(browser.all("#evidence ul li")).as("quotes with speakers").isNotEmpty();
    browser.screenshot("evidence");
  }

  @Test
  @Order(4)
  void theDyadLogListsEventsBothWaysWithQuotes() {
    load("/?view=dyad&dyad=FRA:UKR");
    List<WebElement> entries = browser.all("#dyad-log li");
    assertThat(entries).hasSizeGreaterThan(1);
    assertThat(browser.all("#dyad-log li.dir-ab")).isNotEmpty();
    assertThat(browser.all("#dyad-log li.quote")).as("quotes of Macron or Zelensky").isNotEmpty();
    browser.screenshot("dyad-log");
  }

  @Test
  @Order(5)
  void theReaderOverlaysEveryAnnotation() {
    load("/?view=reader&article=" + SEED_ID);
    assertThat(browser.all("#reader .a-mention")).hasSizeGreaterThan(10);
    assertThat(browser.all("#reader .a-trigger")).hasSizeGreaterThan(5);
    assertThat(browser.all("#reader .a-time")).isNotEmpty();
    assertThat(browser.all("#reader .a-quote")).isNotEmpty();
    assertThat(browser.all("#reader table.sheet tbody tr")).hasSizeGreaterThan(5);
    browser.screenshot("reader");
  }

  @Test
  @Order(6)
  void anArticlePastedIntoThePageIsCodedAndStored() {
    load("/?view=upload");
    browser.one("#u-title").sendKeys("Estonia and Poland");
    browser.one("#u-date").clear();
    browser.js("document.getElementById('u-date').value = '2022-03-01'");
    browser.one("#u-text").sendKeys("TALLINN — Estonian Prime Minister Kaja Kallas met Polish President Andrzej Duda "
        + "in Tallinn on Monday. Kallas condemned Russia for the invasion of Ukraine, officials said.");
    browser.one("#u-token").sendKeys(token.value());
    browser.one("#upload-form button[type=submit]").click();
    browser.waitFor(120, d -> !d.findElements(By.cssSelector("#upload-result .upload-done, #upload-result .error"))
        .isEmpty());
    assertThat(browser.all("#upload-result .error")).isEmpty();
    assertThat(browser.all("#upload-result table.sheet tbody tr")).as("its events").isNotEmpty();
    assertThat(browser.js("return sessionStorage.getItem('tidings.token')")).isEqualTo(token.value());
    browser.screenshot("upload");
    load("/?actor=EST");
    assertThat(browser.all("#events-table .tabulator-row")).isNotEmpty();
  }

  @Test
  @Order(7)
  void everyViewIsReachableFromTheKeyboardAndEveryFieldHasALabel() {
    load("/");
    browser.one("#tab-overview").sendKeys(Keys.ARROW_RIGHT);
    browser.waitFor(10, d -> d.findElement(By.id("view-dyad")).isDisplayed());
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("tab-dyad");
    for (String tab : List.of("evidence", "reader", "upload")) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
      browser.waitFor(10, d -> d.findElement(By.id("view-" + tab)).isDisplayed());
    }
    Object unlabelled = browser.js("""
        return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
          .filter(e => !e.closest('.tabulator') && !e.labels.length && !e.getAttribute('aria-label'))
          .map(e => e.id || e.name || e.outerHTML);""");
    assertThat((List<?>) unlabelled).isEmpty();
    // a value the API would refuse is pointed out by its field, and nothing is asked of the API
    String url = browser.driver.getCurrentUrl();
    WebElement country = browser.one("#f-country");
    country.sendKeys("U1");
    country.sendKeys(Keys.ENTER);
    assertThat(browser.js("return document.getElementById('f-country').matches(':invalid')")).isEqualTo(true);
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
  }

  @Test
  @Order(8)
  void theTimelineAndTheTableWorkFromTheKeyboard() {
    load("/");
    String before = browser.one("#status").getText();
    WebElement chart = browser.one("#timeline");
    chart.sendKeys(Keys.ARROW_RIGHT);
    chart.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
    assertThat(browser.one("#timeline-cursor").getText()).startsWith("2022-02-07 to 2022-02-08");
    browser.screenshot("timeline-keyboard");
    chart.sendKeys(Keys.ENTER);
    waitRedrawn(before);
    assertThat(browser.driver.getCurrentUrl()).contains("from=2022-02-07").contains("to=2022-02-08");
    assertThat(browser.one("#f-from").getAttribute("value")).isEqualTo("2022-02-07");
    List<String> dates = browser.all("#events-table .tabulator-row [tabulator-field=date]").stream()
        .map(WebElement::getText).toList();
    assertThat(dates).isNotEmpty().allMatch(d -> d.compareTo("2022-02-07") >= 0 && d.compareTo("2022-02-08") <= 0);
    new org.openqa.selenium.support.ui.Select(browser.one("#e-sort")).selectByValue("goldstein:asc");
    browser.waitFor(10, d -> "-10".equals(firstGoldstein()) || "-10.0".equals(firstGoldstein()));
  }

  private String firstGoldstein() {
    List<WebElement> cells = browser.all("#events-table .tabulator-row [tabulator-field=goldstein]");
    return cells.isEmpty() ? "" : cells.get(0).getText();
  }
}
