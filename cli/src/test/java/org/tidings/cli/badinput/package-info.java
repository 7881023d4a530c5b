/**
 * The bad-input corpus of issue 8: hand-made fixtures under {@code bad-input/} in the test
 * resources, listed with their expected outcomes in {@code bad-input/cases.tsv}, and cases
 * generated at test time (encodings, binary, control characters, scripts, nesting, sizes, broken
 * markup, JSON lines of every wrong shape), each with its expected outcome.
 */
package org.tidings.cli.badinput;
