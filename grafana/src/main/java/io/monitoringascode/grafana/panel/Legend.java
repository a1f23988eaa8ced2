package io.monitoringascode.grafana.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legend of a time series, bar gauge or pie chart panel. Renders to {@code options.legend}.
 *
 * @param displayMode {@code list}, {@code table} or {@code hidden}
 * @param placement {@code bottom} or {@code right}
 * @param calcs the reducers shown per series in a table legend, such as {@code mean}, {@code max},
 *     {@code lastNotNull}
 */
public record Legend(String displayMode, String placement, List<String> calcs) {
  /** Copies the reducers. */
  public Legend {
    calcs = List.copyOf(calcs);
  }

  /**
   * A table legend.
   *
   * @param placement {@code bottom} or {@code right}
   * @param calcs the reducers shown
   * @return the legend
   */
  public static Legend table(String placement, String... calcs) {
    return new Legend("table", placement, List.of(calcs));
  }

  /**
   * A list legend below the panel.
   *
   * @return the legend
   */
  public static Legend list() {
    return new Legend("list", "bottom", List.of());
  }

  Map<String, Object> toOption() {
    Map<String, Object> legend = new LinkedHashMap<>();
    legend.put("calcs", calcs);
    legend.put("displayMode", displayMode);
    legend.put("placement", placement);
    legend.put("showLegend", !displayMode.equals("hidden"));
    return legend;
  }
}
