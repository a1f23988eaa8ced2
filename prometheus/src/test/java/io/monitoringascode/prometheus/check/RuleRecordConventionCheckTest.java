package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleRecordConventionCheckTest {
  private final RuleRecordConventionCheck check = new RuleRecordConventionCheck();

  @Test
  void check_recordWithoutColon_reportsInfo() {
    PrometheusRule rule = read(ruleFile("- {record: api_error_ratio, expr: 'sum(rate(errors_total[5m]))'}"),
        PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/record-convention", Severity.INFO,
        "/spec/groups/0/rules/0/record",
        "Recording rule `api_error_ratio` has no colon, so it does not follow `level:metric:operations` and its"
            + " series look like a scraped metric's.",
        "Rename it to `<level>:api_error_ratio:<operations>`, such as `job:http_requests:rate5m` for"
            + " `sum by (job) (rate(http_requests_total[5m]))`, and update the queries that read it."));
  }

  @Test
  void check_conventionalOrOtherwiseReportedNames_reportNothing() {
    PrometheusRule rule = read(ruleFile("""
        - {record: 'job:http_requests:rate5m', expr: 'sum by (job) (rate(http_requests_total[5m]))'}
        - {record: 'apiserver_request:burnrate1h', expr: '1'}
        - {record: 'node_namespace_pod:kube_pod_info:', expr: '1'}
        - {record: 'api-errors', expr: '1'}
        - {alert: NoColon, expr: '1'}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}
