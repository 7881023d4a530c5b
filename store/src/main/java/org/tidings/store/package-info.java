/**
 * The embedded DuckDB store of coded articles: the schema and its ordered migrations, the writer
 * that stores one coded article in one transaction, parameterised event queries with validated
 * filters, and story events that merge the same event reported by several articles. No NLP here.
 */
package org.tidings.store;
