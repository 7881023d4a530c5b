/**
 * The linguistic layer. {@link org.tidings.core.nlp.NlpAnnotator} hides Stanford CoreNLP behind
 * Tidings' own records ({@link org.tidings.core.nlp.Token}, {@link org.tidings.core.nlp.Sentence},
 * {@link org.tidings.core.nlp.ParseTree}); no CoreNLP type leaves this package.
 */
package org.tidings.core.nlp;
