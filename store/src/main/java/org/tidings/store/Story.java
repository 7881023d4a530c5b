package org.tidings.store;

import java.time.LocalDate;

/**
 * One story: events of several mentions (possibly several articles) with the same source and
 * target actor codes and CAMEO code on the same day, or a day apart when a date was not stated
 * by the text.
 *
 * @param targetCode null for events without a target
 * @param mentions event mentions merged
 * @param articles distinct articles they come from
 * @param sources distinct publishers named by those articles
 */
public record Story(String id, String sourceCode, String targetCode, String cameo, LocalDate firstDay,
    LocalDate lastDay, int mentions, int articles, int sources) {}
