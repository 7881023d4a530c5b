/** Quotes: quoted words found by their marks, indirect speech, and the speakers of both. */
package org.tidings.core.quotes;
