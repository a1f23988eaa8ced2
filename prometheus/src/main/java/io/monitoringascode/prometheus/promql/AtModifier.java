package io.monitoringascode.prometheus.promql;

/**
 * The {@code @} modifier of a selector or subquery: a fixed evaluation time, or the start or end of the query range.
 *
 * @param kind which of the three forms
 * @param millis the timestamp in milliseconds since the epoch for {@link Kind#TIMESTAMP}, else 0
 */
public record AtModifier(Kind kind, long millis) {
  /** The forms of {@code @}. */
  public enum Kind {
    /** {@code @ 1700000000}. */
    TIMESTAMP,
    /** {@code @ start()}. */
    START,
    /** {@code @ end()}. */
    END
  }
}
