package io.monitoringascode.prometheus.labels;

import java.util.Optional;

/**
 * What is known about one label of an expression's result.
 *
 * @param presence whether the result series carry the label
 * @param value the value every result series has, when an equality matcher or {@code absent()} fixes it
 */
public record Label(Presence presence, Optional<String> value) {
  static final Label PRESENT = new Label(Presence.PRESENT, Optional.empty());
  static final Label POSSIBLE = new Label(Presence.POSSIBLE, Optional.empty());
  static final Label ABSENT = new Label(Presence.ABSENT, Optional.empty());

  /** A label every series carries with this value. */
  static Label fixed(String value) {
    return new Label(Presence.PRESENT, Optional.of(value));
  }

  /** The label in the union of two results. */
  Label or(Label other) {
    Presence presence = this.presence.or(other.presence);
    return new Label(presence, presence == Presence.PRESENT && value.equals(other.value) ? value : Optional.empty());
  }
}
