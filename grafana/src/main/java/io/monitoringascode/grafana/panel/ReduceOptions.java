package io.monitoringascode.grafana.panel;

import java.util.List;
import java.util.Map;

/**
 * How a stat, gauge, bar gauge or pie chart panel reduces each series to one value. Renders to
 * {@code options.reduceOptions}.
 *
 * @param calcs the reducer, such as {@code lastNotNull}, {@code mean} or {@code max}
 * @param fields a regex of the fields shown; empty for the numeric fields
 * @param values whether every value is shown rather than one per series
 */
public record ReduceOptions(List<String> calcs, String fields, boolean values) {
  /** Copies the reducers. */
  public ReduceOptions {
    calcs = List.copyOf(calcs);
  }

  /**
   * One value per series, by a reducer.
   *
   * @param calc such as {@code lastNotNull}
   * @return the options
   */
  public static ReduceOptions by(String calc) {
    return new ReduceOptions(List.of(calc), "", false);
  }

  Map<String, Object> toOption() {
    return Map.of("calcs", calcs, "fields", fields, "values", values);
  }
}
