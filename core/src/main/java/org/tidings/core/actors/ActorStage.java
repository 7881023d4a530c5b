package org.tidings.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Span;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.pipeline.Layer;
import org.tidings.core.pipeline.Stage;
import org.tidings.core.place.ArticleFocus;
import org.tidings.core.place.Dateline;

/** Finds every actor mention of an article and resolves pronouns and descriptions. */
public final class ActorStage implements Stage {
  private final ActorFinder finder;
  private final Coreference coreference;

  public ActorStage(Knowledge knowledge) {
    this.finder = new ActorFinder(knowledge);
    this.coreference = new Coreference(knowledge.people());
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public void process(Analysis analysis) {
    AnnotatedText text = analysis.text();
    List<List<Candidate>> bySentence = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    for (Sentence s : text.sentences()) {
      List<Candidate> found = finder.find(s, text.text(), analysis.article().date(), Set.copyOf(surnames));
      bySentence.add(found);
      for (Candidate c : found) {
        if (c.kind() == MentionKind.NAME && c.person() && c.actor() != null
            && c.actor().name() != null && c.actor().name().contains(" ")) {
          String[] parts = c.actor().name().split(" ");
          surnames.add(parts[parts.length - 1]);
          surnames.add(parts[0]);
        }
      }
    }
    Optional<Dateline> dateline = analysis.dateline();
    // what the article is about: where it was filed from, else whom its lead is about, else whom it names most
    // (a dateline counts when the article also names that country's actors: not a meeting venue)
    String filed = dateline.map(d -> d.place().country()).filter(c -> names(bySentence, c)).orElse(null);
    String lead = leadSubject(text, bySentence);
    String focus = filed != null ? filed : lead != null ? lead : mostNamed(bySentence);
    analysis.focus(new ArticleFocus(dateline, focus));
    List<Coreference.Resolved> resolved = coreference.resolve(text, bySentence, focus, analysis.article().date());
    Map<Coreference.Resolved, ActorMention> made = new IdentityHashMap<>();
    List<ActorMention> out = new ArrayList<>();
    for (Coreference.Resolved r : resolved) {
      if (r.actor() == null || r.actor().code() == null) {
        continue;
      }
      Candidate c = r.candidate();
      Sentence s = text.sentences().get(c.sentence());
      int first = c.first();
      while (first < c.last() && !Character.isLetterOrDigit(s.token(first).text().charAt(0))) {
        first++;
      }
      Span span = new Span(s.token(first).start(), s.token(c.last()).end());
      ActorMention ante = r.antecedent() == null ? null : made.get(r.antecedent());
      ActorMention m = new ActorMention(r.actor(), span.of(text.text()), span, c.sentence(), c.head(), c.kind(),
          c.person(), ante);
      made.put(r, m);
      out.add(m);
    }
    analysis.mentions(out);
  }

  /** The country of the subject of the article's first sentence: who the lead is about. */
  private static String leadSubject(AnnotatedText text, List<List<Candidate>> bySentence) {
    if (bySentence.isEmpty() || text.sentences().isEmpty() || !text.sentences().get(0).parsed()) {
      return null;
    }
    Sentence first = text.sentences().get(0);
    for (Candidate c : bySentence.get(0)) {
      if (c.actor() != null && c.actor().country() != null
          && first.parse().relation(c.head()).startsWith("nsubj")) {
        return c.actor().country();
      }
    }
    return null;
  }

  private static boolean names(List<List<Candidate>> bySentence, String country) {
    return bySentence.stream().flatMap(List::stream)
        .anyMatch(c -> c.actor() != null && country.equals(c.actor().country()));
  }

  /** The country the article's actors belong to most often. */
  private static String mostNamed(List<List<Candidate>> bySentence) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<Candidate> cs : bySentence) {
      for (Candidate c : cs) {
        if (c.actor() != null && c.actor().country() != null) {
          counts.merge(c.actor().country(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
  }
}
