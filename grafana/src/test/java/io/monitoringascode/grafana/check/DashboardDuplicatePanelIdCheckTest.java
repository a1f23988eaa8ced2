package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardDuplicatePanelIdCheckTest {
  private final DashboardDuplicatePanelIdCheck check = new DashboardDuplicatePanelIdCheck();

  @Test
  void ids_twiceAtTopLevel_reportsSecond() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"id": 1, "title": "A"}, {"id": 1, "title": "B"}]}
        """)).containsExactly("error [dashboard/duplicate-panel-id] /panels/1/id: Panel `B` has id `1`, already used"
            + " at `/panels/0`, so links and queries by panel id reach only one of them. | Give it an unused id, or"
            + " leave ids out and let the model number the panels.");
  }

  @Test
  void ids_repeatedInsideCollapsedRow_reportsNestedPanel() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"id": 1, "type": "timeseries"},
                    {"id": 2, "type": "row", "collapsed": true, "panels": [{"id": 1, "type": "stat"}]}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/1/panels/0/id");
  }

  @Test
  void ids_distinct_pass() {
    assertThat(CheckCases.lines(check, "{\"panels\": [{\"id\": 1}, {\"id\": 2}, {\"title\": \"no id\"}]}")).isEmpty();
  }
}
