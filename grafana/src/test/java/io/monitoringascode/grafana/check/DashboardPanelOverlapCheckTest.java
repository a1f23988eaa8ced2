package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardPanelOverlapCheckTest {
  private final DashboardPanelOverlapCheck check = new DashboardPanelOverlapCheck();

  @Test
  void panels_sharingCells_reportsWarning() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"title": "A", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8}},
                    {"title": "B", "gridPos": {"x": 6, "y": 4, "w": 12, "h": 8}}]}
        """)).containsExactly("warning [dashboard/panel-overlap] /panels/1/gridPos: Panel `B` overlaps Panel `A`, so"
            + " Grafana moves it down and the layout differs from the one written. | Move it below or beside"
            + " `/panels/0`, or leave `gridPos` out for automatic layout.");
  }

  @Test
  void panels_panelOnRowLine_reportsWarning() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"type": "row", "title": "R", "gridPos": {"x": 0, "y": 0, "w": 4, "h": 1}},
                    {"title": "B", "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8}}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/1/gridPos");
  }

  @Test
  void panels_touchingEdges_pass() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"gridPos": {"x": 0, "y": 0, "w": 12, "h": 8}}, {"gridPos": {"x": 12, "y": 0, "w": 12, "h": 8}},
                    {"gridPos": {"x": 0, "y": 8, "w": 24, "h": 8}}]}
        """)).isEmpty();
  }

  @Test
  void panels_inCollapsedRowBelowOthers_areComparedOnlyWithEachOther() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"type": "row", "collapsed": true, "gridPos": {"x": 0, "y": 0, "w": 24, "h": 1},
                     "panels": [{"gridPos": {"x": 0, "y": 1, "w": 12, "h": 8}}]},
                    {"type": "row", "gridPos": {"x": 0, "y": 1, "w": 24, "h": 1}},
                    {"gridPos": {"x": 0, "y": 2, "w": 12, "h": 8}}]}
        """)).isEmpty();
  }
}
