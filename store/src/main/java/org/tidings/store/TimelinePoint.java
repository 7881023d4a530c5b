package org.tidings.store;

import java.time.LocalDate;

/**
 * Events of one day or week (a point of the timeline), by quad class, with their mean Goldstein score.
 *
 * @param start the day, or the Monday that starts the week
 * @param verbalCooperation quad class 1
 * @param materialCooperation quad class 2
 * @param verbalConflict quad class 3
 * @param materialConflict quad class 4
 */
public record TimelinePoint(LocalDate start, long events, long verbalCooperation, long materialCooperation,
    long verbalConflict, long materialConflict, double meanGoldstein) {}
