package org.tidings.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tidings.core.actors.MentionIndex;
import org.tidings.core.knowledge.Cues;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Quote;
import org.tidings.core.model.QuoteKind;
import org.tidings.core.model.Span;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.pipeline.Layer;
import org.tidings.core.pipeline.Stage;

/**
 * Finds direct and partial quotes and indirect speech, and ties each to its speaker: a speech
 * verb right after the quote ("..., he said"), the speech verb that introduces it ("stated
 * that his country is “absolutely united”"), the person who is the subject of the sentence a
 * full quote stands in, or the speaker of the quote just before it in the same paragraph.
 */
public final class QuoteStage implements Stage {
  private static final int AFTER_WINDOW = 6;

  private final Cues cues;
  private final QuoteMarks marks = new QuoteMarks();

  public QuoteStage(Knowledge knowledge) {
    this.cues = knowledge.cues();
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT, Layer.ACTORS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public void process(Analysis analysis) {
    AnnotatedText text = analysis.text();
    MentionIndex mentions = new MentionIndex(text, analysis.mentions());
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    int previousParagraph = -1;
    for (QuoteSpan q : marks.find(text.text())) {
      String words = text.text().substring(q.start(), q.end());
      if (words.isBlank()) {
        continue;
      }
      boolean direct = isDirect(words, q);
      Attribution a = after(text, q, mentions);
      if (a == null) {
        a = before(text, q, mentions, direct);
      }
      String note = q.missingOpen() ? "opening mark missing" : q.unclosed() ? "unbalanced: cut at paragraph end" : null;
      if (a == null && previous != null && previous.speaker() != null
          && (previousParagraph == q.paragraph() || previousParagraph == q.paragraph() - 1) && direct) {
        a = new Attribution(previous.speaker(), previous.cue());
        note = note == null ? "continues the previous quote" : note;
      }
      if (a == null) {
        note = note == null ? "no speaker in the text" : note;
      }
      Quote quote = new Quote(words, new Span(q.start(), q.end()), a == null ? null : a.speaker(),
          a == null ? null : a.cue(), direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, note);
      out.add(quote);
      previous = quote;
      previousParagraph = q.paragraph();
    }
    out.addAll(indirect(text, mentions, out));
    analysis.quotes(out);
  }

  private record Attribution(ActorMention speaker, String cue) {}

  private static boolean isDirect(String words, QuoteSpan q) {
    String w = words.strip();
    int count = w.split("\\s+").length;
    char last = w.charAt(w.length() - 1);
    return count >= 6 || last == '.' || last == ',' || last == '?' || last == '!' || q.missingOpen();
  }

  /** "..., he said." or "..., said Peskov." right after the closing mark. */
  private Attribution after(AnnotatedText text, QuoteSpan q, MentionIndex mentions) {
    if (q.close() < 0) {
      return null;
    }
    Sentence s = sentenceAt(text, q.close());
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
      Sentence next = text.sentences().size() > s.index() + 1 ? text.sentences().get(s.index() + 1) : null;
      if (next == null || next.paragraph() != s.paragraph() || !text.text().substring(q.close() + 1,
          next.start()).isBlank()) {
        return null;
      }
      s = next;
      first = 0;
    }
    for (int i = first; i < Math.min(s.size(), first + AFTER_WINDOW); i++) {
      Token t = s.token(i);
      if (t.isVerb() && cues.is(Cues.Kind.SPEECH, t.lemma())) {
        ActorMention m = speakerOf(s, i, mentions, first, Math.min(s.size() - 1, i + 4));
        if (m != null) {
          return new Attribution(m, t.text());
        }
      }
      if (t.text().equals("“") || t.text().equals("\"") || t.text().equals("``")) {
        break;
      }
    }
    return null;
  }

  /** The speech verb of the sentence the quote stands in, before the quote. */
  private Attribution before(AnnotatedText text, QuoteSpan q, MentionIndex mentions, boolean direct) {
    int anchor = q.open() >= 0 ? q.open() : q.start();
    Sentence s = sentenceAt(text, anchor);
    if (s == null) {
      return null;
    }
    for (int i = s.size() - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.start() >= anchor) {
        continue;
      }
      if (t.isVerb() && (cues.is(Cues.Kind.SPEECH, t.lemma()) || t.lemma().equals("accord"))) {
        ActorMention m = speakerOf(s, i, mentions, 0, i);
        if (m != null) {
          return new Attribution(m, t.text());
        }
      }
    }
    if (!direct || q.missingOpen()) {
      return null;
    }
    // a full quote inside a sentence whose subject is a person: "He thanked Zelensky for “...”"
    if (s.parsed()) {
      ParseTree p = s.parse();
      for (int i = 0; i < s.size(); i++) {
        if (p.relation(i).equals("root")) {
          int subj = p.child(i, "nsubj");
          ActorMention m = subj >= 0 ? mentions.at(s.index(), subj) : null;
          if (m != null && m.person() && s.token(subj).start() < anchor) {
            return new Attribution(m, s.token(i).text());
          }
        }
      }
    }
    return null;
  }

  /** The subject of a speech verb, from the parse or, without one, the nearest person around it. */
  private static ActorMention speakerOf(Sentence s, int verb, MentionIndex mentions, int from, int to) {
    if (s.parsed()) {
      ParseTree p = s.parse();
      int subj = p.child(verb, "nsubj");
      if (subj >= 0 && mentions.at(s.index(), subj) != null) {
        return mentions.at(s.index(), subj);
      }
    }
    ActorMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Math.max(0, from); i <= Math.min(to, s.size() - 1); i++) {
      ActorMention m = mentions.at(s.index(), i);
      if (m != null && Math.abs(i - verb) < bestDistance && i != verb) {
        best = m;
        bestDistance = Math.abs(i - verb);
      }
    }
    return best;
  }

  /** "X said (that) ...": what a speaker claimed, outside quotation marks. */
  private List<Quote> indirect(AnnotatedText text, MentionIndex mentions, List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      ParseTree p = s.parse();
      for (Token t : s.tokens()) {
        if (!t.isVerb() || !cues.is(Cues.Kind.SPEECH, t.lemma())) {
          continue;
        }
        int comp = p.child(t.index(), "ccomp");
        int subj = p.child(t.index(), "nsubj");
        if (comp < 0 || subj < 0 || mentions.at(s.index(), subj) == null) {
          continue;
        }
        int[] ext = p.extent(comp);
        int lo = ext[0];
        while (lo < ext[1] && s.token(lo).pos().equals("IN") && s.token(lo).lemma().equals("that")) {
          lo++;
        }
        Span span = new Span(s.token(lo).start(), s.token(ext[1]).end());
        boolean quoted = direct.stream().anyMatch(q -> q.span().overlaps(span)
            && q.span().end() - q.span().start() >= (span.end() - span.start()) / 2);
        if (quoted) {
          continue;
        }
        out.add(new Quote(span.of(text.text()), span, mentions.at(s.index(), subj), t.text(), QuoteKind.INDIRECT,
            null));
      }
    }
    return out;
  }

  private static Sentence sentenceAt(AnnotatedText text, int offset) {
    Sentence best = null;
    for (Sentence s : text.sentences()) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best;
  }
}
