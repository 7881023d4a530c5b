package org.tidings.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidings.core.model.ArticleError;

class InputCheckTest {
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
    assertThat(code("The minister said the talks in Kyiv were useful.")).isEqualTo("ok");
  }
}
