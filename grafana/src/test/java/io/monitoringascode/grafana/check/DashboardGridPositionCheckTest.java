package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardGridPositionCheckTest {
  private final DashboardGridPositionCheck check = new DashboardGridPositionCheck();

  @Test
  void gridPos_pastColumn24_reportsError() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"title": "Wide", "gridPos": {"x": 12, "y": 0, "w": 13, "h": 8}}]}
        """)).containsExactly("error [dashboard/grid-position] /panels/0/gridPos: Panel `Wide` spans columns 12 to 25"
            + " (or starts above the top), outside Grafana's 24 columns, so Grafana moves or shrinks it. | Keep `x` at"
            + " least 0 and `x + w` at most 24.");
  }

  @Test
  void gridPos_zeroHeight_reportsError() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"title": "Flat", "gridPos": {"x": 0, "y": 0, "w": 6, "h": 0}}]}
        """)).containsExactly("error [dashboard/grid-position] /panels/0/gridPos: Panel `Flat` is 6 columns wide and 0"
            + " rows high, so Grafana shows it at its minimum size instead. | Set `w` and `h` to at least 1.");
  }

  @Test
  void gridPos_negativeXInCollapsedRow_reportsNestedPointer() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"type": "row", "collapsed": true, "gridPos": {"x": 0, "y": 0, "w": 24, "h": 1},
                     "panels": [{"gridPos": {"x": -1, "y": 1, "w": 6, "h": 4}}]}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/0/panels/0/gridPos");
  }

  @Test
  void gridPos_endingAtColumn24_passes() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"gridPos": {"x": 12, "y": 0, "w": 12, "h": 8}}, {"title": "no gridPos"}]}
        """)).isEmpty();
  }
}
