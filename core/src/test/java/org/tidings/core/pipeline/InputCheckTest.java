package org.tidings.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidings.core.model.ArticleError;

class InputCheckTest {
  private static final String ENGLISH = "The minister said the talks in Kyiv were useful.";

  private static String code(String text) {
    return InputCheck.check(text).map(ArticleError::code).orElse("ok");
  }

  @Test
  void saysWhyATextCannotBeCoded() {
    assertThat(code("")).isEqualTo("empty_text");
    assertThat(code("  \n\t ")).isEqualTo("empty_text");
    assertThat(code("\u0000\u0001\u0002garbage\u0003\u0004\u0005")).isEqualTo("binary_content");
    assertThat(code("Der Bundeskanzler traf heute den Präsidenten der Ukraine in Kiew zu Gesprächen.")).isEqualTo("not_english");
    assertThat(code("1234 5678 !!!")).isEqualTo("no_words");
    assertThat(code(ENGLISH)).isEqualTo("ok");
  }

  @Test
  void invisibleCharactersAreNoText() {
    assertThat(code("\u00A0\u00A0")).isEqualTo("empty_text");
    assertThat(code("\u200B\u200C\u200D\u2060")).isEqualTo("empty_text");
    assertThat(code("\uFEFF \uFEFF")).isEqualTo("empty_text");
    assertThat(code("\u0085\u2028\u2029\u3000")).isEqualTo("empty_text");
    assertThat(code("\u0000\u0000\u0000")).isEqualTo("binary_content");
  }

  @Test
  void charactersADecoderReplacedCountAsBinary() {
    assertThat(code("\uFFFD".repeat(50))).isEqualTo("binary_content");
    assertThat(code("\uFFFD".repeat(50) + ENGLISH)).isEqualTo("binary_content");
    // a few replaced bytes in a real text: it is coded (and the reader says what it replaced)
    assertThat(code(ENGLISH.replace("Kyiv", "K\uFFFDyiv") + " " + ENGLISH)).isEqualTo("ok");
  }

  @Test
  void aTextInAnotherScriptIsNotEnglishEvenWithoutSpaces() {
    String chinese = "\u5916\u4ea4\u90e8\u957f\u661f\u671f\u4e00\u5728\u5317\u4eac\u4f1a\u89c1\u4e86\u8d8a\u5357"
        + "\u526f\u603b\u7406\u3002";
    assertThat(InputCheck.check(chinese)).get().extracting(ArticleError::code, ArticleError::message)
        .containsExactly("not_english", "the article is not written in the Latin script (18 of its first 18 letters"
            + " are Han)");
    assertThat(code("\u0e23\u0e31\u0e10\u0e21\u0e19\u0e15\u0e23\u0e35\u0e27\u0e48\u0e32\u0e01\u0e32\u0e23"))
        .isEqualTo("not_english");
    // an English article quoting a line in another script is English
    assertThat(code(ENGLISH + " A banner read: " + chinese + " " + ENGLISH)).isEqualTo("ok");
  }

  @Test
  void lettersDecoratedWithMarksAreNotEnglishWords() {
    String zalgo = ENGLISH.replaceAll("(\\p{L})", "$1\u0301\u0316\u0334");
    assertThat(code(zalgo)).isEqualTo("not_english");
    // apostrophes used as quotation marks are no words
    assertThat(code("The minister said ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' ' we will talk ' ' ' ' ' '."))
        .isEqualTo("ok");
    // a decomposed accent keeps its word whole
    assertThat(code("The cafe\u0301 owners said the talks in Kyiv were useful.")).isEqualTo("ok");
  }

  @Test
  void onlyTheStartIsReadForWords() {
    String english = (ENGLISH + " ").repeat(InputCheck.SAMPLE / ENGLISH.length() + 1);
    assertThat(code(english + "Der Bundeskanzler traf heute den Präsidenten. ".repeat(10_000))).isEqualTo("ok");
  }

  @Test
  void aTextFarLongerThanAnArticleIsRefused() {
    assertThat(InputCheck.checkLength("x".repeat(10_000), 1000)).isEmpty();
    assertThat(InputCheck.checkLength("x".repeat(10_001), 1000)).get().extracting(ArticleError::code,
        ArticleError::message).containsExactly("too_long",
        "the text has 10,001 characters, more than 10 times the 1,000 that are coded: it is not one article");
  }
}
