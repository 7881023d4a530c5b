/**
 * Full-text search of the store with Lucene: an index directory beside the store file holding
 * one document per article, per supporting sentence, per quote and per event, fielded queries
 * over a whitelist of fields, highlighted snippets, and a rebuild from the store's stored JSON
 * whenever the index is missing, behind the store or unreadable. The store stays the source of
 * truth; the index can always be thrown away.
 */
package org.tidings.store.search;
