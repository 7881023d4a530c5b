/** Helpers that read a sentence's parse: noun phrases, locatives, conjuncts. */
package org.tidings.core.text;
