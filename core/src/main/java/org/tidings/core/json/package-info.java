/** The JSON shapes of FORMAT.md: input articles and coded output. No file I/O here. */
package org.tidings.core.json;
