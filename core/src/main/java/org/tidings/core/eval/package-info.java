/** Scoring a coding against gold, as FORMAT.md section 4 defines. Works on the JSON shapes, so any system's output can be scored. */
package org.tidings.core.eval;
