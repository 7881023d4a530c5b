/** Time expressions: finding them, reading the tense of their clause, resolving them to dates. */
package org.tidings.core.time;
