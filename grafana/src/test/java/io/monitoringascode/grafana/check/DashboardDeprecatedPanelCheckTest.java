package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardDeprecatedPanelCheckTest {
  private final DashboardDeprecatedPanelCheck check = new DashboardDeprecatedPanelCheck();

  @Test
  void graph_reportsWarningWithReplacement() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"type": "graph", "title": "CPU"}]}
        """)).containsExactly("warning [dashboard/deprecated-panel] /panels/0/type: Panel `CPU` has type `graph`, an"
            + " AngularJS panel that Grafana 12 no longer runs, so it is migrated on load or not shown. | Use type"
            + " `timeseries` instead.");
  }

  @Test
  void singlestat_inSchema14Row_reportsWarning() {
    assertThat(CheckCases.findings(check, """
        {"rows": [{"panels": [{"type": "singlestat"}]}]}
        """)).extracting(f -> f.location().pointer() + " " + f.hint().orElse(""))
        .containsExactly("/rows/0/panels/0/type Use type `stat` instead.");
  }

  @Test
  void piechartPlugin_reportsWarning() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"type": "row", "collapsed": true, "panels": [{"type": "grafana-piechart-panel"}]}]}
        """)).extracting(f -> f.hint().orElse("")).containsExactly("Use type `piechart` instead.");
  }

  @Test
  void currentTypes_pass() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"type": "timeseries"}, {"type": "stat"}, {"type": "piechart"}, {"type": "row"}]}
        """)).isEmpty();
  }
}
