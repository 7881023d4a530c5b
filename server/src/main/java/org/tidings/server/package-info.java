/**
 * The HTTP API of Tidings over an open store (Javalin): JSON endpoints for articles, events,
 * stories, actors, quotes and the timeline, a token-guarded endpoint that codes and stores new
 * articles, and the safety around them (validated parameters, body size limit, security headers,
 * errors without stack traces). Reads go through duplicated DuckDB connections; writes through
 * the store's own connection, one at a time.
 */
package org.tidings.server;
