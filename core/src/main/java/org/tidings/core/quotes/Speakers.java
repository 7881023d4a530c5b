package org.tidings.core.quotes;

import java.util.Locale;
import java.util.Set;
import org.tidings.core.actors.MentionIndex;
import org.tidings.core.knowledge.Cues;
import org.tidings.core.model.ActorMention;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.text.Clauses;

/**
 * Who said the words of a quote: the agent of the speech verb the quote depends on ("..., he
 * said"; "called the violence “unacceptable”"), the speech verb right after or before it, or
 * the person the next sentence introduces. An unnamed source ("one diplomat said") is no
 * speaker.
 */
final class Speakers {
  /** Verbs that report or characterise words: said, told, called X "...", described, dismissed as. */
  private static final Set<String> EVALUATION = Set.of("call", "describe", "dismiss", "brand", "label", "term",
      "denounce", "condemn", "accuse", "praise", "hail", "slam", "blast", "criticise", "criticize", "welcome", "reject",
      "accord", "thank", "characterise", "characterize", "decry", "warn", "vow", "promise", "pledge", "urge");
  private static final Set<String> UNNAMED = Set.of("a", "an", "one", "some", "another", "two", "three", "several");
  private static final int AFTER_WINDOW = 6;

  private final Cues cues;
  private final AnnotatedText text;
  private final MentionIndex mentions;

  Speakers(Cues cues, AnnotatedText text, MentionIndex mentions) {
    this.cues = cues;
    this.text = text;
    this.mentions = mentions;
  }

  /** A speaker found, the word that cued it, and whether the source is unnamed. */
  record Found(ActorMention speaker, String cue, boolean unnamed) {}

  boolean isSpeechVerb(Token t) {
    return t.isVerb() && (cues.is(Cues.Kind.SPEECH, t.lemma()) || EVALUATION.contains(t.lemma()));
  }

  /** The speech verb the quote hangs on in the parse, climbing from the quoted words. */
  Found governing(QuoteSpan q) {
    Sentence s = sentenceAt(q.start());
    if (s == null || !s.parsed()) {
      return null;
    }
    ParseTree p = s.parse();
    int inside = -1;
    for (Token t : s.tokens()) {
      if (t.start() >= q.start() && t.end() <= q.end() && Character.isLetterOrDigit(t.text().charAt(0))) {
        inside = t.index();
        break;
      }
    }
    if (inside < 0) {
      return null;
    }
    int node = inside;
    while (node >= 0 && s.token(node).start() >= q.start() && s.token(node).end() <= q.end()) {
      node = p.head(node);
    }
    for (int hops = 0; node >= 0 && hops < 6; hops++) {
      Token t = s.token(node);
      if (isSpeechVerb(t)) {
        Found f = agentOf(s, node);
        if (f != null) {
          return f;
        }
      }
      node = p.head(node);
    }
    return null;
  }

  /** "..., he said." or "..., said Peskov." right after the closing mark. */
  Found after(QuoteSpan q) {
    if (q.close() < 0) {
      return null;
    }
    Sentence s = sentenceAt(q.close());
    if (s == null) {
      return null;
    }
    int first = -1;
    for (Token t : s.tokens()) {
      if (t.start() > q.close()) {
        first = t.index();
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    for (int i = first; i < Math.min(s.size(), first + AFTER_WINDOW); i++) {
      Token t = s.token(i);
      if (isSpeechVerb(t)) {
        Found f = cueSpeaker(s, i, first, Math.min(s.size() - 1, i + 4));
        if (f != null) {
          return f;
        }
      }
      if (t.text().equals("\u201C") || t.text().equals("\"") || t.text().equals("``")) {
        break;
      }
    }
    return null;
  }

  /** "Peskov said: “...”": the last speech verb of the sentence before the quote opens. */
  Found before(QuoteSpan q) {
    int anchor = q.open() >= 0 ? q.open() : q.start();
    Sentence s = sentenceAt(anchor);
    if (s == null) {
      return null;
    }
    for (int i = s.size() - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.start() < anchor && isSpeechVerb(t)) {
        Found f = cueSpeaker(s, i, 0, i);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** “...” Jan Peeters, a dairy farmer, had driven ...: the person the next sentence is about. */
  Found introducedNext(QuoteSpan q) {
    if (q.close() < 0) {
      return null;
    }
    Sentence s = sentenceAt(q.close());
    if (s == null) {
      return null;
    }
    boolean markStartsSentence = s.token(0).start() == q.close();
    boolean endsSentence = s.tokens().stream().noneMatch(t -> t.start() > q.close() && !t.pos().equals("''")
        && !t.text().equals("\u201D") && !t.text().equals("\""));
    int next = markStartsSentence ? s.index() : s.index() + 1;
    if (!markStartsSentence && !endsSentence || next >= text.sentences().size()) {
      return null;
    }
    Sentence n = text.sentences().get(next);
    if (n.paragraph() != s.paragraph() || !n.parsed()) {
      return null;
    }
    for (int i = 0; i < n.size(); i++) {
      if (n.parse().relation(i).equals("root")) {
        int subj = n.parse().child(i, "nsubj");
        ActorMention m = subj >= 0 ? mentions.at(n.index(), subj) : null;
        if (m != null && m.person() && m.actor().name() != null) {
          return new Found(m, null, false);
        }
      }
    }
    return null;
  }

  /** The subject of the sentence a full quote stands in: "He thanked Zelensky for “...”". */
  Found sentenceSubject(QuoteSpan q) {
    int anchor = q.open() >= 0 ? q.open() : q.start();
    Sentence s = sentenceAt(anchor);
    if (s == null || !s.parsed()) {
      return null;
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.parse().relation(i).equals("root")) {
        int subj = s.parse().child(i, "nsubj");
        ActorMention m = subj >= 0 ? mentions.at(s.index(), subj) : null;
        if (m != null && m.person() && s.token(subj).start() < anchor) {
          return new Found(m, s.token(i).text(), false);
        }
      }
    }
    return null;
  }

  /** The interviewee: the person the paragraph before the first question is about. */
  Found interviewee(int firstQuestionParagraph) {
    ActorMention best = null;
    for (Sentence s : text.sentences()) {
      if (s.paragraph() >= firstQuestionParagraph) {
        break;
      }
      for (Token t : s.tokens()) {
        ActorMention m = mentions.at(s.index(), t.index());
        if (m != null && m.person() && m.actor().name() != null && s.parsed()
            && s.parse().relation(m.head()).startsWith("nsubj")) {
          best = m;
        }
      }
    }
    return best == null ? null : new Found(best, null, false);
  }

  /** The speaker of a speech verb: its agent, else the nearest actor between from and to; the verb is the cue. */
  private Found cueSpeaker(Sentence s, int verb, int from, int to) {
    Found f = agentOf(s, verb);
    if (f == null) {
      f = nearest(s, verb, from, to);
    }
    return f == null ? null : new Found(f.speaker(), s.token(verb).text(), f.unnamed());
  }

  private Found agentOf(Sentence s, int verb) {
    if (!s.parsed()) {
      return null;
    }
    int a = Clauses.agent(s, verb);
    if (a < 0) {
      return null;
    }
    ActorMention m = mentions.at(s.index(), a);
    boolean unnamed = isUnnamed(s, a);
    if (m == null && !unnamed) {
      return null;
    }
    return new Found(unnamed ? null : m, s.token(verb).text(), unnamed);
  }

  /** "one diplomat", "a minister", "sources": someone the text does not name. */
  private static boolean isUnnamed(Sentence s, int head) {
    if (s.token(head).isProperNoun() || s.token(head).isPronoun()) {
      return false;
    }
    for (int c : s.parse().children(head)) {
      String rel = s.parse().relation(c);
      if ((rel.equals("det") || rel.equals("nummod"))
          && UNNAMED.contains(s.token(c).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return s.token(head).lemma().equals("source") || s.token(head).lemma().equals("sources");
  }

  private Found nearest(Sentence s, int verb, int from, int to) {
    ActorMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Math.max(0, from); i <= Math.min(to, s.size() - 1); i++) {
      ActorMention m = mentions.at(s.index(), i);
      if (m != null && Math.abs(i - verb) < bestDistance && i != verb) {
        best = m;
        bestDistance = Math.abs(i - verb);
      }
    }
    return best == null ? null : new Found(best, s.token(verb).text(), false);
  }

  Sentence sentenceAt(int offset) {
    Sentence best = null;
    for (Sentence s : text.sentences()) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best;
  }
}
