package org.tidings.core.text;

import java.util.Locale;
import java.util.Set;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;

/** How clauses hang together in a parse: subjects, controllers, passives and light verbs. */
public final class Clauses {
  /** Verbs whose object, not subject, does the action of their infinitive ("urged Zelensky to ..."). */
  public static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "tell", "order", "call", "press", "force",
      "invite", "encourage", "persuade", "allow", "help", "request", "instruct", "pressure", "push", "warn");
  /** Verbs that only carry an event noun: "held talks", "a meeting would be held". */
  public static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "stage", "launch", "carry", "begin",
      "start", "convene", "attend", "host", "take", "make", "give", "resume", "continue", "end", "open", "plan",
      "schedule", "announce", "mount", "escalate", "step", "organize", "organise", "chair", "lead");
  public static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "csubj", "parataxis", "acl:relcl");

  private Clauses() {}

  public static boolean isPassive(Sentence s, int verb) {
    ParseTree p = s.parse();
    return !p.children(verb, "nsubj:pass").isEmpty() || !p.children(verb, "aux:pass").isEmpty()
        || (s.token(verb).pos().equals("VBN") && p.relation(verb).equals("acl"));
  }

  /** The token doing the action of a verb: its subject, passive agent, or controller. -1 if none. */
  public static int agent(Sentence s, int verb) {
    ParseTree p = s.parse();
    if (isPassive(s, verb)) {
      for (int c : p.children(verb, "obl")) {
        if ("by".equals(p.caseMarker(c, s.tokens()))) {
          return c;
        }
      }
      return -1;
    }
    int subj = p.child(verb, "nsubj");
    if (subj >= 0) {
      return antecedentOfRelative(s, subj);
    }
    return controller(s, verb, 0);
  }

  /** "Lavrov, who hosted ...": a relative pronoun stands for the noun its clause modifies. */
  public static int antecedentOfRelative(Sentence s, int token) {
    String pos = s.token(token).pos();
    if (!pos.equals("WP") && !pos.equals("WDT")) {
      return token;
    }
    ParseTree p = s.parse();
    int clause = p.head(token);
    if (clause >= 0 && p.relation(clause).equals("acl:relcl") && p.head(clause) >= 0) {
      return p.head(clause);
    }
    return token;
  }

  /** The patient of a verb: its object, or its passive subject. */
  public static int patient(Sentence s, int verb) {
    ParseTree p = s.parse();
    int pass = p.child(verb, "nsubj:pass");
    if (pass >= 0) {
      return pass;
    }
    if (s.token(verb).pos().equals("VBN") && p.relation(verb).equals("acl")) {
      return p.head(verb);
    }
    if (isGerundModifier(s, verb)) {
      return p.head(verb);
    }
    int obj = p.child(verb, "obj");
    // "met Myanmar's adviser Thaung Tun", parsed as a dative with no object: the dative is the object
    return obj >= 0 ? obj : p.child(verb, "iobj");
  }

  /**
   * A gerund the parser attached as an adjective to its own object ("despite supplying Kyiv"):
   * a VBG {@code amod} right after a preposition or subordinator.
   */
  public static boolean isGerundModifier(Sentence s, int verb) {
    ParseTree p = s.parse();
    return s.token(verb).pos().equals("VBG") && p.relation(verb).equals("amod") && verb > 0
        && (s.token(verb - 1).pos().equals("IN") || s.token(verb - 1).pos().equals("TO"));
  }

  /** Who does the action of a verb without a subject of its own. */
  private static int controller(Sentence s, int verb, int depth) {
    ParseTree p = s.parse();
    if (depth > 6) {
      return -1;
    }
    int head = p.head(verb);
    if (head < 0) {
      return -1;
    }
    String rel = p.relation(verb);
    if (rel.equals("acl") && s.token(head).isNoun()) {
      // "Russian forces gathered in Belarus": the noun the participle modifies
      return s.token(verb).pos().equals("VBN") && !isActiveParticiple(s, verb) ? -1 : head;
    }
    if (isGerundModifier(s, verb)) {
      return controllerOfClause(s, p.head(head), depth + 1);
    }
    if ((rel.startsWith("obl") || rel.equals("advcl")) && s.token(verb).pos().equals("VBG")
        && s.token(head).isVerb()) {
      // "punished the government for forcing down a jet", "accused Ukraine of failing": the object acts
      String marker = p.caseMarker(verb, s.tokens());
      if (marker == null) {
        for (int m : p.children(verb, "mark")) {
          marker = s.token(m).text().toLowerCase(Locale.ROOT);
        }
      }
      int obj = p.child(head, "obj");
      if (obj >= 0 && ("for".equals(marker) || "of".equals(marker))) {
        return obj;
      }
    }
    if (rel.equals("xcomp")) {
      String lemma = s.token(head).lemma();
      int obj = p.child(head, "obj");
      if (obj >= 0 && OBJECT_CONTROL.contains(lemma)) {
        return obj;
      }
      int pass = p.child(head, "nsubj:pass");
      if (pass >= 0) {
        return pass;
      }
      int subj = p.child(head, "nsubj");
      return subj >= 0 ? subj : controller(s, head, depth + 1);
    }
    if (rel.equals("conj") || rel.equals("advcl") || rel.equals("dep")
        || rel.startsWith("obl") && s.token(verb).pos().equals("VBG")) {
      return controllerOfClause(s, head, depth + 1);
    }
    return -1;
  }

  private static boolean isActiveParticiple(Sentence s, int verb) {
    // "forces gathered in Belarus": an intransitive participle with no object reads as active
    return s.parse().child(verb, "obj") < 0;
  }

  private static int controllerOfClause(Sentence s, int verb, int depth) {
    if (verb < 0) {
      return -1;
    }
    ParseTree p = s.parse();
    for (int guard = 0; verb >= 0 && guard < 8; guard++) {
      if (s.token(verb).isVerb() || s.token(verb).pos().startsWith("JJ")) {
        int subj = p.child(verb, "nsubj");
        if (subj >= 0) {
          return subj;
        }
        int pass = p.child(verb, "nsubj:pass");
        if (pass >= 0) {
          return pass;
        }
        return controller(s, verb, depth + 1);
      }
      verb = p.head(verb);
    }
    return -1;
  }

  /** The light verb whose object or passive subject an event noun is, or -1. */
  public static int lightVerb(Sentence s, int noun) {
    ParseTree p = s.parse();
    int head = p.head(noun);
    if (head < 0 || !s.token(head).isVerb()) {
      return -1;
    }
    String rel = p.relation(noun);
    boolean arg = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("nsubj");
    if (arg && LIGHT_VERBS.contains(s.token(head).lemma())) {
      return head;
    }
    return -1;
  }
}
