package org.tidings.core.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.FocusCountry;
import org.tidings.core.model.FocusPlace;
import org.tidings.core.model.Quote;
import org.tidings.core.model.TimeMention;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.place.ArticleFocus;
import org.tidings.core.place.Dateline;

/**
 * The working state of one article as it passes through the stages. Each layer is written once
 * by the stage that produces it; the pipeline checks, when it is built, that every stage's
 * inputs are produced before it runs.
 */
public final class Analysis {
  private final Article article;
  private final Set<Layer> done = EnumSet.noneOf(Layer.class);
  private final List<ArticleError> errors = new ArrayList<>();
  private AnnotatedText text;
  private Optional<Dateline> dateline = Optional.empty();
  private List<ActorMention> mentions = List.of();
  private ArticleFocus focus = ArticleFocus.NONE;
  private List<FocusCountry> focusCountries = List.of();
  private List<FocusPlace> focusPlaces = List.of();
  private List<TimeMention> times = List.of();
  private List<Quote> quotes = List.of();
  private List<EventMention> events = List.of();

  public Analysis(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  public boolean has(Layer layer) {
    return done.contains(layer);
  }

  void mark(Layer layer) {
    done.add(layer);
  }

  public void error(ArticleError e) {
    errors.add(e);
  }

  public List<ArticleError> errors() {
    return List.copyOf(errors);
  }

  public AnnotatedText text() {
    return require(Layer.TEXT, text);
  }

  public void text(AnnotatedText value) {
    this.text = value;
  }

  /** The article's dateline, read with the text. */
  public Optional<Dateline> dateline() {
    return require(Layer.TEXT, dateline);
  }

  public void dateline(Optional<Dateline> value) {
    this.dateline = value;
  }

  public List<ActorMention> mentions() {
    return require(Layer.ACTORS, mentions);
  }

  public void mentions(List<ActorMention> value) {
    this.mentions = List.copyOf(value);
  }

  /** The article's dateline and focus country, found with the actors. */
  public ArticleFocus focus() {
    return require(Layer.ACTORS, focus);
  }

  public void focus(ArticleFocus value) {
    this.focus = value;
  }

  /** The countries the article names places in, most named first. */
  public List<FocusCountry> focusCountries() {
    return require(Layer.PLACES, focusCountries);
  }

  /** The places the article names, most named first. */
  public List<FocusPlace> focusPlaces() {
    return require(Layer.PLACES, focusPlaces);
  }

  public void places(List<FocusCountry> countries, List<FocusPlace> places) {
    this.focusCountries = List.copyOf(countries);
    this.focusPlaces = List.copyOf(places);
  }

  public List<TimeMention> times() {
    return require(Layer.TIMES, times);
  }

  public void times(List<TimeMention> value) {
    this.times = List.copyOf(value);
  }

  public List<Quote> quotes() {
    return require(Layer.QUOTES, quotes);
  }

  public void quotes(List<Quote> value) {
    this.quotes = List.copyOf(value);
  }

  public List<EventMention> events() {
    return require(Layer.EVENTS, events);
  }

  public void events(List<EventMention> value) {
    this.events = List.copyOf(value);
  }

  private <T> T require(Layer layer, T value) {
    if (!done.contains(layer)) {
      throw new IllegalStateException(layer + " has not been produced yet");
    }
    return value;
  }
}
