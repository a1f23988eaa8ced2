package io.monitoringascode.grafana.dashboard;

/** How a dashboard places, numbers and names what the user left open when it renders. */
public enum Layout {
  /**
   * Panels without {@code gridPos} flow left to right on the 24-column grid, rows start a new line, panels without
   * {@code id} are numbered after the highest explicit id, targets without {@code refId} get {@code A}, {@code B}….
   */
  AUTOMATIC,
  /** Everything renders as given: the mode of imported dashboards, so that they render back unchanged. */
  AS_GIVEN
}
