package org.tidings.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tidings.core.actors.MentionIndex;
import org.tidings.core.knowledge.VerbPattern;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Place;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.text.Clauses;
import org.tidings.core.text.Syntax;

/**
 * Finds the source and target tokens of a trigger for one dictionary row, and the actors they
 * stand for, following the row's slots through the parse.
 */
final class Participants {
  /** Roots whose target may be found anywhere in the object: demands and appeals. */
  private static final Set<String> DEEP_ROOTS = Set.of("02", "10", "13");
  private final MentionIndex mentions;
  private final PlaceNames places;
  private final Set<String> regionCodes;

  private final EventAnaphora anaphora;

  Participants(MentionIndex mentions, PlaceNames places, Set<String> regionCodes, EventAnaphora anaphora) {
    this.mentions = mentions;
    this.places = places;
    this.regionCodes = regionCodes;
    this.anaphora = anaphora;
  }

  /** Who fills one side of an event, and whether a place stood in for the target. */
  record Side(List<ActorMention> actors, Place place, boolean fallback, boolean mutual) {
    static final Side NONE = new Side(List.of(), null, false, false);

    Side(List<ActorMention> actors, Place place, boolean fallback) {
      this(actors, place, fallback, false);
    }

    boolean empty() {
      return actors.isEmpty();
    }
  }

  Side source(Sentence s, int trigger, int lightVerb, VerbPattern p) {
    ParseTree tree = s.parse();
    List<Integer> tokens = new ArrayList<>();
    if (!p.noun()) {
      int a = Clauses.agent(s, trigger);
      if (a >= 0) {
        tokens.add(a);
      }
    } else {
      for (int c : tree.children(trigger)) {
        String r = tree.relation(c);
        if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
          tokens.add(c);
        }
      }
      if (tokens.stream().noneMatch(t -> mentions.at(s.index(), t) != null)) {
        tokens.clear();
        int governor = lightVerb >= 0 ? lightVerb : tree.head(trigger);
        String marker = tree.caseMarker(trigger, s.tokens());
        // "escalates tensions with a massive buildup": the means of the governing verb's subject
        boolean instrument = tree.relation(trigger).startsWith("obl")
            && ("with".equals(marker) || "through".equals(marker) || "by".equals(marker) || "via".equals(marker));
        if (governor >= 0 && s.token(governor).isVerb() && (instrument || lightVerb >= 0)) {
          int a = Clauses.agent(s, governor);
          if (a >= 0) {
            tokens.add(a);
          }
        }
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (int t : tokens) {
      for (ActorMention m : mentions.expand(s.index(), t)) {
        if (!out.contains(m) && (p.sourceSector() == null || p.sourceSector().equals(m.actor().sector()))) {
          out.add(m);
        }
      }
    }
    return new Side(out, null, false);
  }

  Side target(Sentence s, int trigger, int lightVerb, VerbPattern p, List<ActorMention> sources) {
    boolean deep = DEEP_ROOTS.contains(p.cameo().substring(0, 2));
    for (VerbPattern.TargetSlot slot : p.targets()) {
      if (slot.slot().equals("mutual")) {
        // "Armenia and Azerbaijan agreed": the parties of an active compound subject are each other's counterparts
        if (sources.size() >= 2 && !p.noun() && !Clauses.isPassive(s, trigger)) {
          return new Side(sources.subList(1, sources.size()), null, false, true);
        }
        continue;
      }
      for (int host : lightVerb >= 0 ? List.of(trigger, lightVerb) : List.of(trigger)) {
        for (int t : slotTokens(s, host, slot.slot(), p.noun() && host == trigger)) {
          if (Syntax.isPossessor(s, t) && slot.slot().equals("obj")) {
            continue;
          }
          // "both sides accused each other": the parties are each other's targets
          List<ActorMention> found = isReciprocal(s, t) ? mentions.expand(s.index(), t) : actorsAt(s, t, sources);
          Place place = slot.placeOk() ? places.placeAt(s, t) : null;
          if (!found.isEmpty()) {
            return new Side(found, place, false);
          }
          if (place != null) {
            return new Side(List.of(), place, false);
          }
          List<ActorMention> modifiers = fallback(s, t, sources, false);
          if (!modifiers.isEmpty()) {
            // "blamed the outage on a US cyberattack": whose the thing is
            return new Side(modifiers, null, true);
          }
          if (slot.slot().equals("obj") || slot.slot().equals("iobj")) {
            List<ActorMention> inside = fallback(s, t, sources, deep);
            if (!inside.isEmpty()) {
              return new Side(inside, null, true);
            }
            ActorMention earlier = anaphora.apply(s, t);
            if (earlier != null && !sameSide(earlier, sources)) {
              // "condemned the attack": whoever carried out the attack the article reported
              return new Side(List.of(earlier), null, true);
            }
          }
        }
      }
    }
    if (deep && !p.noun() && !p.objects().isEmpty()) {
      // "warned that further strikes would follow if the fighters did not surrender"
      int content = s.parse().child(trigger, "ccomp");
      if (content >= 0) {
        List<ActorMention> inside = fallback(s, content, sources, true);
        if (!inside.isEmpty()) {
          return new Side(inside, null, true);
        }
      }
    }
    if (!p.noun() && p.cameo().startsWith("03")) {
      // "offered to cooperate with an Indian investigation": the counterpart of what is intended
      int content = s.parse().child(trigger, "xcomp");
      for (String prep : List.of("with", "to")) {
        for (int pp : content < 0 ? List.<Integer>of() : Syntax.prepositional(s, content, prep)) {
          List<ActorMention> found = actorsAt(s, pp, sources);
          if (found.isEmpty()) {
            found = fallback(s, pp, sources, false);
          }
          if (!found.isEmpty()) {
            return new Side(found, null, true);
          }
        }
      }
    }
    return Side.NONE;
  }

  /** Resolves a definite event noun ("the attack", "the measures") to the source of an earlier event. */
  @FunctionalInterface
  interface EventAnaphora {
    ActorMention apply(Sentence s, int noun);

    EventAnaphora NONE = (s, n) -> null;
  }

  /** The object's own modifiers ("NATO's expansion", "Moscow arms control compromises"), then its subtree. */
  private List<ActorMention> fallback(Sentence s, int obj, List<ActorMention> sources, boolean deep) {
    ParseTree tree = s.parse();
    for (int c : tree.children(obj)) {
      String r = tree.relation(c);
      if (r.equals("nmod:poss") || r.equals("compound") || (r.equals("nmod") && "of".equals(tree.caseMarker(c,
          s.tokens())))) {
        List<ActorMention> found = actorsAt(s, c, sources);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    // "rejected a Ukrainian proposal", "repelled dozens of Russian assaults": whose it is
    List<Integer> heads = new ArrayList<>(List.of(obj));
    heads.addAll(Syntax.prepositional(s, obj, "of"));
    for (int h : heads) {
      for (int c : tree.children(h)) {
        if (tree.relation(c).equals("amod")) {
          ActorMention d = places.demonym(s, c);
          if (d != null && !sameSide(d, sources)) {
            return List.of(d);
          }
        }
      }
    }
    if (!deep) {
      return List.of();
    }
    // a demand or appeal names who must act in its content: the first state or organisation
    // under the object other than the source's own country
    int[] ext = tree.extent(obj);
    ActorMention region = null;
    ActorMention home = null;
    for (int t = ext[0]; t <= ext[1]; t++) {
      if (!tree.dominates(obj, t)) {
        continue;
      }
      ActorMention m = mentions.at(s.index(), t);
      if (m == null || sameSide(m, sources)) {
        continue;
      }
      if (sameCountry(m, sources)) {
        home = home == null && m.actor().sector() != null ? m : home;
        continue;
      }
      if (isRegion(m)) {
        region = region == null ? m : region;
        continue;
      }
      return List.of(m);
    }
    if (region != null) {
      return List.of(region);
    }
    if (home != null) {
      return List.of(home);
    }
    // "demanded a new presidential vote in Venezuela": the country where it is to happen
    for (int t = ext[0]; t <= ext[1]; t++) {
      if (tree.dominates(obj, t) && t != obj) {
        Place place = places.placeAt(s, t);
        if (place != null && sources.stream().noneMatch(src -> place.country().equals(src.actor().country()))) {
          return List.of(places.countryMention(s, t, place));
        }
      }
    }
    return List.of();
  }

  private static boolean sameCountry(ActorMention m, List<ActorMention> sources) {
    return sources.stream().anyMatch(src -> src.actor().countryOrCode().equals(m.actor().countryOrCode()));
  }

  private static boolean isReciprocal(Sentence s, int token) {
    return token > 0 && s.token(token).text().equalsIgnoreCase("other")
        && s.token(token - 1).text().equalsIgnoreCase("each");
  }

  private boolean isRegion(ActorMention m) {
    return m.actor().country() == null && regionCodes.contains(m.actor().code());
  }

  private List<ActorMention> actorsAt(Sentence s, int t, List<ActorMention> sources) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions.expand(s.index(), t)) {
      if (!sameSide(m, sources)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean sameSide(ActorMention m, List<ActorMention> sources) {
    for (ActorMention src : sources) {
      if (src == m || (src.actor().countryOrCode().equals(m.actor().countryOrCode())
          && Objects.equals(src.actor().sector(), m.actor().sector())
          && Objects.equals(src.actor().name(), m.actor().name()))) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> slotTokens(Sentence s, int host, String slot, boolean nounHost) {
    ParseTree tree = s.parse();
    List<Integer> out = new ArrayList<>();
    switch (slot) {
      case "obj" -> {
        if (!nounHost) {
          int o = Clauses.patient(s, host);
          if (o >= 0) {
            out.add(o);
          }
        }
      }
      case "iobj" -> out.addAll(tree.children(host, "iobj"));
      default -> {
        out.addAll(Syntax.prepositional(s, host, slot));
        int obj = nounHost ? -1 : tree.child(host, "obj");
        if (out.isEmpty() && obj >= 0) {
          // "expressed solidarity with Prague": the phrase may hang on the object
          out.addAll(Syntax.prepositional(s, obj, slot));
        }
        // "called on the two sides to resolve ...", parsed with "on" marking the clause: its subject
        for (int c : tree.children(host)) {
          String r = tree.baseRelation(c);
          if ((r.equals("advcl") || r.equals("xcomp") || r.equals("ccomp")) && tree.child(c, "nsubj") >= 0) {
            for (int m : tree.children(c, "mark")) {
              if (s.token(m).text().equalsIgnoreCase(slot) && !slot.equals("to")) {
                out.add(tree.child(c, "nsubj"));
              }
            }
          }
        }
        // "called on Nairobi" parsed with "on" as a particle: its object fills the "on" slot
        for (int prt : tree.children(host, "compound:prt")) {
          if (s.token(prt).text().equalsIgnoreCase(slot) && tree.child(host, "obj") >= 0) {
            out.add(tree.child(host, "obj"));
          }
        }
      }
    }
    return out;
  }

}
