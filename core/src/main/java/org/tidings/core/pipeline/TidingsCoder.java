package org.tidings.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.tidings.core.actors.ActorStage;
import org.tidings.core.events.EventStage;
import org.tidings.core.events.PlaceStage;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Focus;
import org.tidings.core.model.Provenance;
import org.tidings.core.nlp.CoreNlpAnnotator;
import org.tidings.core.nlp.NlpAnnotator;
import org.tidings.core.place.Dateline;
import org.tidings.core.place.DatelineReader;
import org.tidings.core.quotes.QuoteStage;
import org.tidings.core.time.TimeStage;

/**
 * Codes articles: text, actors, times, quotes, events. Built once (models and knowledge load
 * here) and safe to share between threads; one bad article gives a coded article with its
 * error, never an exception.
 */
public final class TidingsCoder {
  private final Pipeline pipeline;
  private final Provenance provenance;
  private final Settings settings;

  public TidingsCoder(Knowledge knowledge, NlpAnnotator nlp, Settings settings) {
    this.settings = settings;
    this.pipeline = new Pipeline(List.of(
        new TextStage(nlp, knowledge.verbPatterns(), new DatelineReader(knowledge.gazetteer(), knowledge.world()),
            settings.maxParseTokens()),
        new ActorStage(knowledge),
        new PlaceStage(knowledge),
        new TimeStage(),
        new QuoteStage(knowledge),
        new EventStage(knowledge)));
    this.provenance = new Provenance(version(), knowledge.stamps());
  }

  /** The standard coder: knowledge from the class path, CoreNLP for the linguistic layer. */
  public static TidingsCoder standard(Settings settings) {
    return new TidingsCoder(Knowledge.load(), new CoreNlpAnnotator(settings.maxParseTokens()), settings);
  }

  public Provenance provenance() {
    return provenance;
  }

  public CodedArticle code(Article article) {
    Optional<ArticleError> bad = InputCheck.checkLength(article.text(), settings.maxChars())
        .or(() -> InputCheck.check(article.text()));
    if (bad.isPresent()) {
      return CodedArticle.failed(article, bad.get(), provenance);
    }
    List<ArticleError> early = new ArrayList<>();
    Article input = article;
    if (article.text().length() > settings.maxChars()) {
      early.add(new ArticleError("article_truncated", "the article has " + article.text().length()
          + " characters; only the first " + settings.maxChars() + " were coded"));
      input = new Article(article.id(), article.date(), article.title(), article.url(), article.source(),
          article.text().substring(0, settings.maxChars()));
    }
    Analysis analysis = new Analysis(input);
    early.forEach(analysis::error);
    try {
      pipeline.run(analysis);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return CodedArticle.failed(article, new ArticleError("coding_failed",
          "coding stopped: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())),
          provenance);
    }
    var focus = analysis.focus();
    var dateline = focus.dateline().map(Dateline::asPlace).orElse(null);
    return new CodedArticle(article, analysis.events(), analysis.quotes(), analysis.mentions(), analysis.times(),
        analysis.errors(), provenance, new Focus(focus.country(), dateline, analysis.focusCountries(),
        analysis.focusPlaces()));
  }

  /** The Tidings version from the build, or "dev". */
  public static String version() {
    try (InputStream in = TidingsCoder.class.getClassLoader().getResourceAsStream("tidings/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
