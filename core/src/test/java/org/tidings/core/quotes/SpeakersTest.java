package org.tidings.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.actors.MentionIndex;
import org.tidings.core.knowledge.Cues;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Span;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;

/** Speakers on hand-made, unparsed sentences: where a cue and a speaker are looked for. */
class SpeakersTest {
  private static final Cues CUES = Cues.load();

  /** One unparsed sentence of the words given, tagged VBD for "said", NNP for "Peskov", NN else. */
  private static AnnotatedText sentence(List<String> words) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String w : words) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      String pos = w.equals("said") ? "VBD" : w.equals("Peskov") ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), w, w.equals("said") ? "say" : w.toLowerCase(), pos, "O", text.length(),
          text.length() + w.length()));
      text.append(w);
    }
    return new AnnotatedText(text.toString(), List.of(new Sentence(0, 0, 0, text.length(), tokens, null)));
  }

  private static Speakers speakers(AnnotatedText text) {
    List<ActorMention> mentions = new ArrayList<>();
    for (Token t : text.sentences().get(0).tokens()) {
      if (t.text().equals("Peskov")) {
        mentions.add(new ActorMention(Actor.of("RUS", "GOV", "Dmitry Peskov"), t.text(), new Span(t.start(), t.end()),
            0, t.index(), MentionKind.NAME, true, null));
      }
    }
    return new Speakers(CUES, text, new MentionIndex(text, mentions));
  }

  private static QuoteSpan quoteAt(AnnotatedText text, int token) {
    Token t = text.sentences().get(0).token(token);
    return new QuoteSpan(t.start(), t.end(), t.start() - 1, t.end(), 0);
  }

  @Test
  void theSpeechVerbBeforeAQuoteAndTheActorNearestIt() {
    List<String> words = new ArrayList<>(List.of("Peskov", "said", "plainly", "words"));
    AnnotatedText text = sentence(words);
    Speakers.Found f = speakers(text).before(quoteAt(text, 3));
    assertThat(f).isNotNull();
    assertThat(f.speaker().actor().name()).isEqualTo("Dmitry Peskov");
    assertThat(f.cue()).isEqualTo("said");
  }

  @Test
  void inASentenceWithoutEndTheSearchStopsWithinReach() {
    List<String> words = new ArrayList<>(List.of("Peskov", "said"));
    for (int i = 0; i < Speakers.REACH + 10; i++) {
      words.add("filler");
    }
    words.add("said");
    words.add("words");
    AnnotatedText text = sentence(words);
    Speakers s = speakers(text);
    // the last "said" is near the quote, but Peskov is farther from it than REACH tokens, and so is the first "said"
    assertThat(s.before(quoteAt(text, words.size() - 1))).isNull();
    // within reach both are found
    assertThat(s.before(quoteAt(text, 3))).isNotNull();
  }

  @Test
  void tokensAndSentencesAreFoundByOffset() {
    AnnotatedText text = sentence(List.of("Peskov", "said", "words"));
    Sentence s = text.sentences().get(0);
    assertThat(Speakers.firstAfter(s, -1)).isZero();
    assertThat(Speakers.firstAfter(s, 0)).isEqualTo(1);
    assertThat(Speakers.firstAfter(s, 7)).isEqualTo(2);
    assertThat(Speakers.firstAfter(s, 12)).isEqualTo(-1);
    assertThat(speakers(text).sentenceAt(5)).isSameAs(s);
  }
}
