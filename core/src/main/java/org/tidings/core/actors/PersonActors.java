package org.tidings.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.NameMatch;
import org.tidings.core.knowledge.Office;
import org.tidings.core.model.Actor;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.text.Syntax;

/**
 * The actor a known person stands for on the article's date: the office held then, else the
 * nearest term with sector ELI, unless a title in the text says what the person is now.
 */
final class PersonActors {
  private final Knowledge knowledge;

  PersonActors(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** A known person's actor on the article's date; out of office, the country with sector ELI. */
  Actor actor(String name, LocalDate date) {
    var people = knowledge.people();
    if (date == null) {
      List<Office> all = people.offices(name);
      Office latest = all.get(all.size() - 1);
      return actorFor(latest.country(), latest.sector(), name);
    }
    Optional<Office> held = people.officeOn(name, date);
    if (held.isPresent()) {
      return actorFor(held.get().country(), held.get().sector(), name);
    }
    Office near = people.nearest(name, date).orElseThrow();
    String sector = near.officeKind().equals("other") ? near.sector() : "ELI";
    return actorFor(near.country(), sector, name);
  }

  /** People of organisations (country column {@code UN}, {@code NATO}, {@code EU}) take the organisation's code. */
  private Actor actorFor(String country, String sector, String name) {
    if (knowledge.countries().contains(country)) {
      return Actor.of(country, sector == null || sector.isEmpty() ? null : sector, name);
    }
    return Actor.organisation(country, name);
  }

  /** "opposition leader Yair Lapid": out of office, the title before the name says what the person is now. */
  Actor titled(Sentence s, NameMatch m, Actor a) {
    if (!"ELI".equals(a.sector())) {
      return a;
    }
    // up to three nouns right before the name, nearest first
    List<String> title = new ArrayList<>();
    for (int t = m.start() - 1; t >= 0 && t >= m.start() - 3 && s.token(t).isNoun(); t--) {
      title.add(s.token(t).lemma());
    }
    String sector = knowledge.agentNouns().strongestSector(title);
    return sector == null ? a : a.withSector(sector);
  }

  /**
   * "UN human rights chief Zeid Ra'ad al-Hussein": an organisation or country named in the title
   * before a name no knowledge file lists is the person's, with the title's sector. Null when
   * the title names none.
   */
  Actor titledBy(Sentence s, int first, int head, String name, List<Candidate> found) {
    if (!s.parsed()) {
      return null;
    }
    int[] np = Syntax.nounPhrase(s, head);
    for (Candidate c : found) {
      Actor a = c.actor();
      if (c.head() >= np[0] && c.head() < first && !c.person() && a != null && a.code() != null) {
        if (a.country() == null) {
          return Actor.organisation(a.code(), name);
        }
        String sector = knowledge.agentNouns().strongestSector(lemmas(s, c.last() + 1, first - 1));
        return Actor.of(a.country(), sector != null ? sector : a.sector(), name);
      }
    }
    return null;
  }

  /** The lemmas of tokens {@code from} to {@code to}, both included (none when to < from). */
  static List<String> lemmas(Sentence s, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int t = Math.max(0, from); t <= to && t < s.size(); t++) {
      out.add(s.token(t).lemma());
    }
    return out;
  }
}
