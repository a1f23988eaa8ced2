package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Span;
import org.junit.jupiter.api.Test;

class DashboardUndefinedVariableCheckTest {
  private final DashboardUndefinedVariableCheck check = new DashboardUndefinedVariableCheck();

  @Test
  void query_undefinedVariable_reportsErrorWithSpan() {
    var findings = CheckCases.findings(check, """
        {"templating": {"list": [{"name": "job", "type": "query"}]},
         "panels": [{"targets": [{"expr": "rate(http_requests_total{job=\\"$job\\", ns=\\"$namespace\\"}[5m])"}]}]}
        """);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).location().pointer()).isEqualTo("/panels/0/targets/0/expr");
    assertThat(findings.get(0).location().span()).contains(new Span(41, 51));
    assertThat(findings.get(0).message()).isEqualTo("Variable `namespace` is not defined, so Grafana leaves"
        + " `$namespace` in the text as it is and the panel shows no data or a wrong title.");
    assertThat(findings.get(0).hint()).contains("Define `namespace` in `templating.list`.");
  }

  @Test
  void query_misspeltVariable_hintsTheDefinedOne() {
    assertThat(CheckCases.lines(check, """
        {"templating": {"list": [{"name": "instance", "type": "query"}]},
         "panels": [{"targets": [{"expr": "up{instance=\\"$instnce\\"}"}]}]}
        """)).containsExactly("error [dashboard/undefined-variable] /panels/0/targets/0/expr @13..21: Variable"
            + " `instnce` is not defined, so Grafana leaves `$instnce` in the text as it is and the panel shows no data"
            + " or a wrong title. | Write `instance`, the variable defined, or define `instnce` in `templating.list`.");
  }

  @Test
  void title_undefinedBracedVariable_reportsError() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"title": "Latency of ${service:raw}"}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/0/title");
  }

  @Test
  void link_undefinedVariable_reportsError() {
    assertThat(CheckCases.findings(check, """
        {"links": [{"url": "/d/abc?var-env=[[env]]"}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/links/0/url");
  }

  @Test
  void datasource_undefinedVariableInCollapsedRow_reportsError() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"type": "row", "collapsed": true, "panels": [{"datasource": {"uid": "${ds}"}}]}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/0/panels/0/datasource/uid");
  }

  @Test
  void texts_builtInsRegexGroupsAndTemplates_pass() {
    assertThat(CheckCases.lines(check, """
        {"templating": {"list": [{"name": "instance", "type": "query", "query": "label_values(up{job=~\\"$instance\\"}, instance)"}]},
         "panels": [{"title": "CPU $instance ${__field.name}",
                     "links": [{"url": "/explore?${__url_time_range}&${instance:queryparam}"}],
                     "targets": [{"expr": "label_replace(rate(x[$__rate_interval]), \\"h\\", \\"$1\\", \\"instance\\", \\"(.*):.*\\")"},
                                 {"expr": "{app=\\"a\\"} | line_format \\"{{ $x := .msg }}{{ $x }}\\" [$interval]"}]}]}
        """)).isEmpty();
  }
}
