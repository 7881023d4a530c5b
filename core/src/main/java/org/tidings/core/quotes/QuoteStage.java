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
import org.tidings.core.text.Clauses;

/**
 * Finds direct and partial quotes, interview answers and indirect speech, and ties each to its
 * speaker (see {@link Speakers}); a quote with no speaker in its own sentence continues the
 * previous quote of its paragraph, or the one just before it.
 */
public final class QuoteStage implements Stage {
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
    Speakers speakers = new Speakers(cues, text, mentions);
    List<QuoteSpan> spans = marks.find(text.text());
    int firstQuestion = firstQuestionParagraph(text.text());
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    int previousParagraph = -1;
    for (QuoteSpan q : spans) {
      String words = text.text().substring(q.start(), q.end());
      if (words.isBlank()) {
        continue;
      }
      boolean direct = q.answer() || isDirect(words, q);
      Speakers.Found f;
      String note = q.missingOpen() ? "opening mark missing" : q.unclosed() ? "unbalanced: cut at paragraph end" : null;
      if (q.nested()) {
        f = null;
        note = "quoted inside another quote";
      } else if (q.answer()) {
        f = firstQuestion >= 0 ? speakers.interviewee(firstQuestion) : null;
        note = "interview answer";
      } else {
        f = speakers.governing(q);
        if (f == null) {
          f = speakers.after(q);
        }
        if (f == null) {
          f = speakers.before(q);
        }
        if (f == null && direct) {
          f = speakers.introducedNext(q);
        }
        if (f == null && direct && previous != null && previous.speaker() != null
            && (previousParagraph == q.paragraph() || previousParagraph == q.paragraph() - 1)) {
          f = new Speakers.Found(previous.speaker(), previous.cue(), false);
          note = note == null ? "continues the previous quote" : note;
        }
        if (f == null && direct && !q.missingOpen()) {
          f = speakers.sentenceSubject(q);
        }
      }
      if (f != null && f.unnamed()) {
        note = "unnamed source";
      } else if (f == null && note == null) {
        note = "no speaker in the text";
      }
      ActorMention speaker = f == null ? null : f.speaker();
      Quote quote = new Quote(words, new Span(q.start(), q.end()), speaker, f == null ? null : f.cue(),
          direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, note);
      out.add(quote);
      if (!q.nested()) {
        previous = quote;
        previousParagraph = q.paragraph();
      }
    }
    out.addAll(indirect(text, mentions, out));
    analysis.quotes(out);
  }

  private static boolean isDirect(String words, QuoteSpan q) {
    String w = words.strip();
    int count = w.split("\\s+").length;
    char last = w.charAt(w.length() - 1);
    return count >= 6 || last == '.' || last == ',' || last == '?' || last == '!' || q.missingOpen();
  }

  /** The paragraph of the first interview question ("Q: ..."), or -1. */
  private static int firstQuestionParagraph(String text) {
    String[] paragraphs = text.split("\\n\\s*\\n");
    for (int i = 0; i < paragraphs.length; i++) {
      for (String line : paragraphs[i].split("\\n")) {
        String l = line.stripLeading();
        if (l.startsWith("Q: ") || l.startsWith("Q. ")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** "X said (that) ...", "according to X, ...", "X is said to have ...": claims outside quotation marks. */
  private List<Quote> indirect(AnnotatedText text, MentionIndex mentions, List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      ParseTree p = s.parse();
      for (Token t : s.tokens()) {
        int content = -1;
        int speaker = -1;
        if (t.isVerb() && t.lemma().equals("say") && !p.children(t.index(), "aux:pass").isEmpty()) {
          // "Szijjarto is said to have objected ...": what he is said to have done
          content = p.child(t.index(), "xcomp");
          speaker = p.child(t.index(), "nsubj:pass");
        } else if (t.isVerb() && cues.is(Cues.Kind.SPEECH, t.lemma())) {
          content = p.child(t.index(), "ccomp");
          speaker = Clauses.agent(s, t.index());
        } else if (p.baseRelation(t.index()).equals("obl")
            && "according to".equals(p.caseMarker(t.index(), s.tokens()))) {
          content = p.head(t.index());
          speaker = t.index();
        }
        if (content < 0 || speaker < 0 || mentions.at(s.index(), speaker) == null) {
          continue;
        }
        Span span = contentSpan(s, content, speaker);
        if (span == null) {
          continue;
        }
        boolean quoted = direct.stream().anyMatch(q -> q.span().overlaps(span)
            && q.span().end() - q.span().start() >= (span.end() - span.start()) / 2);
        if (!quoted) {
          out.add(new Quote(span.of(text.text()), span, mentions.at(s.index(), speaker), t.text(), QuoteKind.INDIRECT,
              null));
        }
      }
    }
    return out;
  }

  /** The words of a claim: the content clause without a leading "that" and without the speaker's phrase. */
  private static Span contentSpan(Sentence s, int content, int speaker) {
    ParseTree p = s.parse();
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = 0; i < s.size(); i++) {
      if (p.dominates(content, i) && !p.dominates(speaker, i) && !s.token(i).pos().equals(".")) {
        lo = Math.min(lo, i);
        hi = Math.max(hi, i);
      }
    }
    while (lo <= hi && (s.token(lo).lemma().equals("that") && s.token(lo).pos().equals("IN")
        || s.token(lo).pos().equals(","))) {
      lo++;
    }
    if (lo > hi) {
      return null;
    }
    return new Span(s.token(lo).start(), s.token(hi).end());
  }
}
