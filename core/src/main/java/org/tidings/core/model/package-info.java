/**
 * Domain records of Tidings: articles, actors and their mentions, events, quotes, times and
 * places. Immutable values; no behaviour beyond small derivations.
 */
package org.tidings.core.model;
