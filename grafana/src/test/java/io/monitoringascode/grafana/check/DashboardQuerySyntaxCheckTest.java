package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardQuerySyntaxCheckTest {
  private final DashboardQuerySyntaxCheck check = new DashboardQuerySyntaxCheck(List.of());

  @Test
  void promql_missingParenthesis_reportsErrorAtExpr() {
    var findings = CheckCases.findings(check, """
        {"panels": [{"datasource": {"type": "prometheus", "uid": "prometheus"},
                     "targets": [{"expr": "sum by (job) rate(http_requests_total[$__rate_interval])"}]}]}
        """);

    assertThat(findings).isNotEmpty();
    assertThat(findings.get(0).ruleId().value()).isEqualTo("dashboard/query-syntax");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).location().pointer()).isEqualTo("/panels/0/targets/0/expr");
    assertThat(findings.get(0).message()).startsWith("PromQL problem at 1:").endsWith(
        ", so Prometheus refuses the query and the panel shows an error.");
  }

  @Test
  void logql_throughDataSourceVariable_reportsError() {
    var findings = CheckCases.findings(check, """
        {"templating": {"list": [{"name": "logs", "type": "datasource", "query": "loki"}]},
         "panels": [{"datasource": {"uid": "${logs}"}, "targets": [{"expr": "{app=\\"a\\" |= \\"x\\""}]}]}
        """);

    assertThat(findings).extracting(f -> f.location().pointer()).containsExactly("/panels/0/targets/0/expr");
    assertThat(findings.get(0).message()).startsWith("LogQL problem at 1:");
  }

  @Test
  void promql_unknownFunctionInMixedPanel_reportsErrorThroughProvisionedUid() {
    DashboardQuerySyntaxCheck withContext = new DashboardQuerySyntaxCheck(List.of(DataSource.builder()
        .name("Prometheus").type(DataSourceType.PROMETHEUS).uid("prom").url("http://p:9090").build()));
    assertThat(CheckCases.findings(withContext, """
        {"panels": [{"datasource": {"type": "datasource", "uid": "-- Mixed --"},
                     "targets": [{"datasource": {"uid": "prom"}, "expr": "rat(x[5m])"}]}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/0/targets/0/expr");
  }

  @Test
  void annotation_badPromql_reportsErrorAtItsExpr() {
    assertThat(CheckCases.findings(check, """
        {"annotations": {"list": [{"name": "Deploys", "datasource": {"type": "prometheus", "uid": "p"},
                                   "expr": "changes(kube_deployment_status_observed_generation[5m] > 0"}]}}
        """)).extracting(f -> f.location().pointer()).containsExactly("/annotations/list/0/expr");
  }

  @Test
  void queries_validWithVariables_pass() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"datasource": {"type": "prometheus", "uid": "p"},
                     "targets": [{"expr": "topk($topk, sum by (pool) (rate(ceph_pool_rd{job=~\\"$job\\"}[$__rate_interval])))"}]},
                    {"datasource": {"type": "loki", "uid": "l"},
                     "targets": [{"expr": "sum by (level) (count_over_time({app=\\"$app\\"} |= \\"$filter\\" | json [$__auto]))"}]}]}
        """)).isEmpty();
  }

  @Test
  void queries_unknownLanguage_areIgnored() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"targets": [{"expr": "this is ( not promql"}]},
                    {"datasource": {"type": "influxdb", "uid": "i"}, "targets": [{"expr": "SELECT ("}]}]}
        """)).isEmpty();
  }
}
