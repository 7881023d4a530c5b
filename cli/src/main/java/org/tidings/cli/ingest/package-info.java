/**
 * Readers of what {@code tidings ingest} is given beyond plain text and JSONL: the files of a
 * folder, HTML pages (main text and metadata, with jsoup) and RSS or Atom feeds (one article per
 * item, with Rome). They make {@code Article}s; coding and storing happen elsewhere.
 */
package org.tidings.cli.ingest;
