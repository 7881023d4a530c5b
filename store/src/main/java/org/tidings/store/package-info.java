/**
 * The embedded DuckDB store of coded articles: the schema and its ordered migrations, the writer
 * that stores one coded article in one transaction, parameterised event queries with validated
 * filters, and story events that merge the same event reported by several articles. No NLP here.
 * Transactions are SQL statements ({@code Transaction}); write errors are named in plain words
 * ({@link org.tidings.store.WriteFailure}); {@link org.tidings.store.FaultHook} is a test hook.
 */
package org.tidings.store;
