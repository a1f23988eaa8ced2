package io.monitoringascode.prometheus.labels;

/** Whether the series of an expression's result carry a label. */
public enum Presence {
  /** Every result series carries the label with a non-empty value. */
  PRESENT,
  /** Some result series may carry the label and others may not; nothing in the expression decides it. */
  POSSIBLE,
  /** No result series carries the label. */
  ABSENT;

  /** The presence of a label in the union of two results, where a series comes from either. */
  Presence or(Presence other) {
    return this == other ? this : POSSIBLE;
  }
}
