package org.tidings.core.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text the characters of the article text, unchanged
 * @param lemma lower-case lemma
 * @param pos Penn Treebank tag
 * @param ner CoNLL entity tag (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param start article character offset, inclusive
 * @param end article character offset, exclusive
 */
public record Token(int index, String text, String lemma, String pos, String ner, int start, int end) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
