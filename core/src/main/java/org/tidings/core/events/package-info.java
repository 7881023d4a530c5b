/**
 * Event coding: triggers and their participants from the dictionary, modality, the date of
 * the event's clause and its place.
 */
package org.tidings.core.events;
