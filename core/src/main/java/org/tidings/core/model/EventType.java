package org.tidings.core.model;

/**
 * The coded type of an event.
 *
 * @param cameo CAMEO code, 2 to 4 digits
 * @param plover PLOVER event type
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record EventType(String cameo, String name, String plover, int quadClass, double goldstein) {
  public String root() {
    return cameo.substring(0, 2);
  }
}
