package org.tidings.store;

import java.time.LocalDate;

/** How many events happened on one day (a point of the timeline). */
public record DayCount(LocalDate day, long events) {}
