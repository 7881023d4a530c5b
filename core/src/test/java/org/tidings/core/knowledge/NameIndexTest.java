package org.tidings.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.nlp.Token;

class NameIndexTest {
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int j = i;
      while (j < text.length() && text.charAt(j) != ' ') {
        j++;
      }
      if (j > i) {
        out.add(new Token(out.size(), text.substring(i, j), text.substring(i, j).toLowerCase(), "NNP", "O", i, j));
      }
      i = j;
    }
    return out;
  }

  private final NameIndex index = new NameIndex(List.of(
      new NameEntry("US", NameEntry.Kind.COUNTRY, "USA"),
      new NameEntry("White House", NameEntry.Kind.METONYM, "USAGOV"),
      new NameEntry("the alliance", NameEntry.Kind.DESCRIPTION, "NATO"),
      new NameEntry("Cote d'Ivoire", NameEntry.Kind.COUNTRY, "CIV")));

  @Test
  void capitalisedFormsMatchOnlyWithTheirCase() {
    assertThat(index.find("tell us now", tokens("tell us now"))).isEmpty();
    assertThat(index.find("the US said", tokens("the US said"))).hasSize(1);
  }

  @Test
  void lowerCaseFormsMatchAnyCaseAndLongestWins() {
    List<NameMatch> m = index.find("The Alliance met at the White House", tokens("The Alliance met at the White House"));
    assertThat(m).extracting(NameMatch::start, NameMatch::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(5, 7));
  }

  @Test
  void typographicApostrophesAreTheSame() {
    String text = "Cote d\u2019Ivoire voted";
    assertThat(index.find(text, tokens(text))).hasSize(1);
  }
}
