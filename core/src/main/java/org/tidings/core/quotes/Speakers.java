package org.tidings.core.quotes;

import java.util.List;
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
  /**
   * How far, in tokens, a speech verb is looked for before a quote and a speaker around its verb.
   * Longer than any sentence that is parsed, so only sentences without an end (a run of quotes
   * with no full stop, thousands of tokens long) are cut short, where a search back to the
   * sentence's start for every quote cost the cube of its length.
   */
  static final int REACH = 120;

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
    int first = firstAfter(s, q.close());
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
    int last = firstAfter(s, anchor - 1);
    last = last < 0 ? s.size() - 1 : last - 1;
    for (int i = last; i >= 0 && i > last - REACH; i--) {
      Token t = s.token(i);
      if (isSpeechVerb(t)) {
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
    boolean endsSentence = true;
    int after = firstAfter(s, q.close());
    for (int i = after; i >= 0 && i < s.size() && endsSentence; i++) {
      Token t = s.token(i);
      endsSentence = t.pos().equals("''") || t.text().equals("\u201D") || t.text().equals("\"");
    }
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

  /** The actor nearest the verb between from and to (the earlier of two as near), at most {@link #REACH} away. */
  private Found nearest(Sentence s, int verb, int from, int to) {
    int lo = Math.max(0, from);
    int hi = Math.min(to, s.size() - 1);
    for (int d = 1; d <= REACH; d++) {
      if (verb - d < lo && verb + d > hi) {
        break;
      }
      ActorMention m = verb - d >= lo && verb - d <= hi ? mentions.at(s.index(), verb - d) : null;
      if (m == null && verb + d >= lo && verb + d <= hi) {
        m = mentions.at(s.index(), verb + d);
      }
      if (m != null) {
        return new Found(m, s.token(verb).text(), false);
      }
    }
    return null;
  }

  /** The sentence an offset falls in: the last that starts at or before it. */
  Sentence sentenceAt(int offset) {
    List<Sentence> all = text.sentences();
    int lo = 0;
    int hi = all.size() - 1;
    Sentence best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() <= offset) {
        best = all.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  /** The index of the first token of {@code s} that starts after {@code offset}, or -1. */
  static int firstAfter(Sentence s, int offset) {
    int lo = 0;
    int hi = s.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (s.token(mid).start() > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }
}
