package org.tidings.core.model;

/**
 * What an article is about: its focus country and where it was filed from.
 *
 * @param country ISO3, or null when the article names no country
 * @param dateline the place of its dateline, or null
 */
public record Focus(String country, Place dateline) {}
