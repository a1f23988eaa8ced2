package io.monitoringascode.grafana.panel;

import java.util.Map;

/**
 * A panel's tooltip. Renders to {@code options.tooltip}.
 *
 * @param mode {@code single}, {@code multi} or {@code none}
 * @param sort {@code none}, {@code asc} or {@code desc}
 */
public record Tooltip(String mode, String sort) {
  /**
   * A tooltip listing every series, largest first.
   *
   * @return the tooltip
   */
  public static Tooltip allSeriesDescending() {
    return new Tooltip("multi", "desc");
  }

  Map<String, Object> toOption() {
    return Map.of("mode", mode, "sort", sort);
  }
}
