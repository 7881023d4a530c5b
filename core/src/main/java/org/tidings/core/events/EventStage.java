package org.tidings.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tidings.core.actors.MentionIndex;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.Organisation;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeMention;
import org.tidings.core.model.TimeValue;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.pipeline.Layer;
import org.tidings.core.pipeline.Stage;
import org.tidings.core.place.Dateline;
import org.tidings.core.text.Clauses;
import org.tidings.core.text.Syntax;

/**
 * Codes the events of an article: trigger and participants from the dictionary, one event per
 * source-target pair, each with its mode, the date of its own clause (else the publication
 * date), its place and the sentence that supports it.
 */
public final class EventStage implements Stage {
  private final Knowledge knowledge;
  private final EventCoder coder;
  private final ModalityReader modality;
  private final EventDater dater = new EventDater();
  private final Set<String> regionCodes;

  public EventStage(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.coder = new EventCoder(knowledge);
    this.modality = new ModalityReader(knowledge.cues());
    this.regionCodes = knowledge.organisations().all().stream().filter(o -> o.kind().equals("region"))
        .map(Organisation::code).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT, Layer.ACTORS, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public void process(Analysis analysis) {
    AnnotatedText text = analysis.text();
    MentionIndex mentions = new MentionIndex(text, analysis.mentions());
    Places places = Places.of(knowledge, analysis);
    List<EventMention> out = new ArrayList<>();
    Participants participants = new Participants(mentions, places.names(), regionCodes,
        (s, noun) -> earlierSource(s, noun, out, mentions));
    LocalDate published = analysis.article().date();
    List<Scene> scenes = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      Place here = places.scene(s);
      if (here != null) {
        scenes.add(0, new Scene(s.index(), s.paragraph(), here));
      }
      // the scenes the sentence and the two before it in its paragraph set, latest first
      scenes.removeIf(x -> s.index() - x.sentence() > 2 || x.paragraph() != s.paragraph());
      List<Place> current = scenes.stream().map(Scene::place).toList();
      List<EventMention> inSentence = new ArrayList<>();
      for (EventCoder.Match m : coder.code(s, participants)) {
        for (EventMention e : events(analysis, s, m, mentions, places, published, new SceneSet(here, current),
            out)) {
          if (inSentence.stream().noneMatch(x -> sameEvent(x, e))) {
            inSentence.add(e);
          }
        }
      }
      out.addAll(inSentence);
    }
    analysis.events(out);
  }

  private List<EventMention> events(Analysis analysis, Sentence s, EventCoder.Match m, MentionIndex mentions,
      Places places, LocalDate published, SceneSet scenes, List<EventMention> earlier) {
    String text = analysis.text().text();
    TimeMention tm = dater.dateOf(s, m.trigger(), m.lightVerb(), analysis.times());
    TimeValue date = tm != null ? tm.value() : published == null ? null : TimeValue.day(published);
    DateBasis basis = tm != null ? DateBasis.TEXT : published == null ? DateBasis.NONE : DateBasis.PUBLICATION;
    boolean future = tm != null && published != null && tm.value().value().compareTo(published.toString()) > 0;
    ModalityReader.Reading reading = modality.read(s, m.trigger(), m.lightVerb(), future);
    Mode mode = reading.mode();
    if (mode == Mode.ASSERTED && tm != null && published != null && isPast(tm.value(), published)) {
      mode = Mode.HISTORICAL;
    }
    ActorMention reporter = null;
    if (reading.reporter() >= 0) {
      int agent = Clauses.agent(s, reading.reporter());
      reporter = agent >= 0 ? mentions.at(s.index(), agent) : null;
    }
    Place place = places.eventPlace(s, m.trigger(), m.lightVerb());
    if (place == null) {
      place = m.target().place();
    }
    if (place == null) {
      place = places.sharedPlace(s, m.trigger());
    }
    Place filedFrom = datelinePlace(analysis);
    EventType type = knowledge.eventTypes().get(m.pattern().cameo());
    Span evidence = new Span(s.start(), s.end());
    Span trigger = new Span(s.token(m.trigger()).start(), s.token(m.trigger()).end());
    String group = analysis.article().id() + ":" + s.index() + ":" + m.trigger();
    List<ActorMention> targets = m.target().actors().isEmpty() ? Collections.singletonList(null)
        : m.target().actors();
    if (m.target().actors().isEmpty() && m.target().place() != null) {
      targets = List.of(placeActor(m.target().place(), s, text, m));
    }
    String focus = analysis.focus().country();
    if (m.target().actors().isEmpty() && m.target().place() == null && type.root().equals("13")) {
      // "Moscow vowed to retaliate": against whoever last acted against it
      ActorMention aggressor = lastAggressor(m.source().actors().get(0), earlier);
      if (aggressor != null) {
        targets = List.of(aggressor);
      }
    }
    boolean implicitRecipient = false;
    boolean ownGovernment = m.target().actors().isEmpty() && m.target().place() == null && type.root().equals("14");
    boolean aid = type.root().equals("07") || type.cameo().startsWith("033");
    if (m.target().actors().isEmpty() && m.target().place() == null && aid && focus != null
        && namedNearby(analysis, s, focus)) {
      // aid sent with no recipient named goes to the country the article is about
      targets = List.of(new ActorMention(Actor.of(focus, null, null), "", new Span(s.start(),
          s.start()), s.index(), m.trigger(), MentionKind.DESCRIPTION, false, null));
      implicitRecipient = true;
    }
    List<EventMention> out = new ArrayList<>();
    int k = 0;
    for (ActorMention src : m.source().actors()) {
      List<ActorMention> against = targets;
      if (ownGovernment && src.actor().country() != null && !"GOV".equals(src.actor().sector())) {
        // a protest that names no target is against the protesters' own government
        against = List.of(new ActorMention(Actor.of(src.actor().country(), "GOV", null), "",
            new Span(s.start(), s.start()), s.index(), m.trigger(), MentionKind.DESCRIPTION,
            false, null));
      }
      for (ActorMention tgt : against) {
        if (tgt != null && tgt.actor().equals(src.actor())
            || implicitRecipient && tgt.actor().country().equals(src.actor().country())) {
          continue;
        }
        double confidence = 0.9;
        if (m.target().fallback() || m.multilateral() || implicitRecipient) {
          confidence -= 0.25;
        }
        if (src.kind() == MentionKind.PRONOUN) {
          confidence -= 0.1;
        }
        Place where = place != null ? places.borderSide(s, place, src.actor().country())
            : placeOfSource(s, src, filedFrom, scenes, places);
        if (where == null && tgt != null && src.actor().country() != null
            && src.actor().country().equals(tgt.actor().country())) {
          // "Sudanese paramilitary fighters shelled a displacement camp": a domestic event, in that country
          where = countryPlace(src.actor().country());
        }
        out.add(new EventMention(group + ":" + k++, group, s.index(), evidence, trigger, src, tgt, type, mode,
            date, basis, where, Math.round(confidence * 100) / 100.0, reporter, m.pattern().where()));
      }
    }
    return out;
  }

  /** The source of the latest earlier event against the actor's country by another country, or null. */
  private static ActorMention lastAggressor(ActorMention actor, List<EventMention> earlier) {
    String country = actor.actor().country();
    if (country == null) {
      return null;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventMention e = earlier.get(i);
      String by = e.source().actor().country();
      if (e.target() != null && country.equals(e.target().actor().country()) && by != null && !by.equals(country)
          && e.mode() != Mode.HYPOTHETICAL && e.mode() != Mode.NEGATED) {
        return e.source();
      }
    }
    return null;
  }

  /** True when the sentence or the two before it name an actor of the country. */
  private static boolean namedNearby(Analysis analysis, Sentence s, String country) {
    return analysis.mentions().stream().anyMatch(m -> m.sentence() <= s.index() && m.sentence() >= s.index() - 2
        && country.equals(m.actor().country()));
  }

  /**
   * Where an event with no place of its own happened: where the article was filed from, for a
   * home actor; the seat of power that acts ("the Kremlin rejected": Moscow); the scene the
   * sentences before set ("protesters rallied in Tbilisi ... Riot police fired"), for an actor
   * of that country; else, for a state named as such ("Jordan expelled"), its own country.
   */
  private Place placeOfSource(Sentence s, ActorMention src, Place filedFrom, SceneSet scenes, Places places) {
    String country = src.actor().country();
    // "CARACAS - Security forces fired tear gas at residents protesting in Valencia": the
    // sentence's own scene says more than the dateline
    if (scenes.inSentence() != null && scenes.inSentence().country().equals(country)) {
      return scenes.inSentence();
    }
    if (filedFrom != null && filedFrom.country().equals(country)) {
      return filedFrom;
    }
    if (src.kind() == MentionKind.METONYM && src.sentence() == s.index()) {
      Place seat = places.names().placeAt(s, src.head());
      if (seat != null) {
        return seat;
      }
    }
    for (Place scene : scenes.recent()) {
      if (scene.country().equals(country)) {
        return scene;
      }
    }
    if (country != null && src.actor().sector() == null && src.actor().name() == null) {
      return countryPlace(country);
    }
    return null;
  }

  /** The scene the event's sentence sets, if any, and those of it and the two sentences before, latest first. */
  private record SceneSet(Place inSentence, List<Place> recent) {}

  /** A whole country as a place, or null for a code the countries file lacks. */
  private Place countryPlace(String iso3) {
    var c = knowledge.countries().get(iso3);
    return c == null ? null : new Place(c.name(), c.iso3(), c.lat(), c.lon(), null);
  }

  /** One sentence telling the same event twice ("agreed to a ceasefire"): same parties, same code. */
  private static boolean sameEvent(EventMention a, EventMention b) {
    return a.type().cameo().equals(b.type().cameo()) && a.source().actor().code().equals(b.source().actor().code())
        && Objects.equals(a.target() == null ? null : a.target().actor().countryOrCode(),
            b.target() == null ? null : b.target().actor().countryOrCode());
  }

  private static final Set<String> GENERIC_EVENT_NOUNS = Set.of("move", "decision", "measure", "measures", "step",
      "steps", "action", "actions", "incident", "operation", "crackdown", "killing", "killings", "violence");

  /**
   * "condemned the attack", "rejected the measures": a definite event noun stands for the latest
   * earlier event of its kind; its source is who is condemned or answered.
   */
  private ActorMention earlierSource(Sentence s, int noun, List<EventMention> earlier, MentionIndex mentions) {
    var t = s.token(noun);
    if (!t.isNoun() || !s.parsed()) {
      return null;
    }
    boolean definite = s.parse().children(noun, "det").stream()
        .anyMatch(d -> Set.of("the", "this", "these", "that", "those").contains(s.token(d).text().toLowerCase()));
    if (!definite || !Syntax.prepositional(s, noun, "of").isEmpty()) {
      // "the arrest of saboteurs" names its own participants
      return null;
    }
    var rows = knowledge.verbPatterns().forNoun(t.lemma());
    String family = rows.isEmpty() ? null : rows.get(0).cameo().substring(0, 2);
    if (family == null && !GENERIC_EVENT_NOUNS.contains(t.lemma())) {
      return null;
    }
    // "the attacks on civilians": an earlier attack on them, if the article told one
    String against = null;
    for (String prep : List.of("on", "against")) {
      for (int pp : Syntax.prepositional(s, noun, prep)) {
        ActorMention m = mentions.at(s.index(), pp);
        if (m != null && against == null) {
          against = m.actor().countryOrCode() + "/" + m.actor().sector();
        }
      }
    }
    ActorMention fallback = null;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventMention e = earlier.get(i);
      int root = Integer.parseInt(e.type().root());
      boolean kin = family == null ? root >= 14 || root == 16
          : family.equals(e.type().root()) || Integer.parseInt(family) >= 18 && root >= 18;
      if (!kin || e.mode() == Mode.HYPOTHETICAL || e.mode() == Mode.NEGATED) {
        continue;
      }
      String target = e.target() == null ? null : e.target().actor().countryOrCode() + "/" + e.target().actor().sector();
      if (against == null || against.equals(target)) {
        return e.source();
      }
      fallback = fallback == null ? e.source() : fallback;
    }
    return fallback;
  }

  /**
   * Background, not news: a year before the publication year, a month more than six months
   * earlier, or a day more than half a year earlier.
   */
  static boolean isPast(TimeValue when, LocalDate published) {
    String v = when.value();
    if (v.length() == 4) {
      return when.year() < published.getYear();
    }
    if (v.length() == 7) {
      java.time.YearMonth m = java.time.YearMonth.parse(v);
      return m.atEndOfMonth().isBefore(published.minusMonths(6));
    }
    return LocalDate.parse(v).isBefore(published.minusDays(183));
  }

  private static Place datelinePlace(Analysis analysis) {
    return analysis.focus().dateline().map(Dateline::asPlace).orElse(null);
  }

  /** "travelled to Belarus": the country of a place that stands as the target. */
  private ActorMention placeActor(Place place, Sentence s, String text, EventCoder.Match m) {
    Span span = place.span() == null ? new Span(s.start(), s.start()) : place.span();
    return new ActorMention(Actor.of(place.country(), null, null), span.of(text), span,
        s.index(), m.trigger(), MentionKind.NAME, false, null);
  }

  /** A place a sentence locates something in, which later sentences of its paragraph may share. */
  private record Scene(int sentence, int paragraph, Place place) {}
}
