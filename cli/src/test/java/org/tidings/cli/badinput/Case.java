package org.tidings.cli.badinput;

import java.nio.file.Path;

/**
 * One case of the bad-input corpus: an article (a file, or a line or item of one) and what
 * ingesting it must give.
 *
 * @param name unique, for reports
 * @param category the kind of bad input (empty, binary, invalid-utf8, ...)
 * @param file the file that holds it
 * @param articleId the id its row in the store must have (null when no row is expected)
 * @param expected the outcome
 */
public record Case(String name, String category, Path file, String articleId, Expected expected) {}
