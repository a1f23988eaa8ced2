package io.monitoringascode.stack.wiring.recording;

import static io.monitoringascode.stack.wiring.WiringViews.document;
import static io.monitoringascode.stack.wiring.WiringViews.kubePrometheusStack;
import static io.monitoringascode.stack.wiring.WiringViews.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringUndefinedRecordingRuleCheckTest {
  private static final String NO_DEFAULT_RULES = "defaultRules: {create: false}\n";
  private final WiringUndefinedRecordingRuleCheck check = new WiringUndefinedRecordingRuleCheck();

  private static final RenderedDocument RULES = document("k8s-monitoring-ns/prometheusrule-demo-app.yaml", """
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata: {name: demo-app, namespace: k8s-monitoring-ns, labels: {release: prometheus}}
      spec:
        groups:
          - name: demo-app.rules
            rules:
              - record: job:http_requests_total:rate5m
                expr: sum by (job) (rate(http_requests_total[5m]))
              - alert: HighRequestRate
                expr: job:http_request_total:rate5m > 100
      """);

  private static final RenderedDocument DASHBOARD = document("k8s-monitoring-ns/configmap-demo-app-dashboard.yaml", """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: demo-app-dashboard, namespace: k8s-monitoring-ns, labels: {grafana_dashboard: "1"}}
      data:
        demo-app-dashboard.json: |
          {"title": "Demo app", "schemaVersion": 42, "panels": [
            {"type": "timeseries", "datasource": {"type": "prometheus", "uid": "prometheus"},
             "targets": [{"refId": "A", "expr": "sum(job:http_requests_total:rate5m{job=~\\"$job\\"})"},
                         {"refId": "B", "expr": "instance:node_cpu:ratio"}]},
            {"type": "logs", "datasource": {"type": "loki", "uid": "loki"},
             "targets": [{"refId": "A", "expr": "{app=\\"demo:app\\"}"}]}]}
      """);

  @Test
  void alertExpr_recordingRuleNobodyRecords_warnsWithTheNearestName() {
    assertThat(lines(check, new StackView(List.of(RULES), List.of(), List.of(kubePrometheusStack(NO_DEFAULT_RULES)))))
        .containsExactly("warning [wiring/undefined-recording-rule] k8s-monitoring-ns/prometheusrule-demo-app.yaml"
            + "#/spec/groups/0/rules/1/expr@0-29: `job:http_request_total:rate5m` is named like a recording rule, but no"
            + " PrometheusRule of the stack records it, so the query returns no data. | Use"
            + " `job:http_requests_total:rate5m`, the recorded name nearest to it, or add a rule with `record:"
            + " job:http_request_total:rate5m`, or declare the PrometheusRule that records it as an external object.");
  }

  @Test
  void dashboardQuery_recordingRuleNobodyRecords_warnsInsideTheDashboard() {
    assertThat(lines(check, new StackView(List.of(RULES, DASHBOARD), List.of(),
        List.of(kubePrometheusStack(NO_DEFAULT_RULES))))).contains(
        "warning [wiring/undefined-recording-rule] k8s-monitoring-ns/configmap-demo-app-dashboard.yaml"
            + "#/data/demo-app-dashboard.json/panels/0/targets/1/expr: `instance:node_cpu:ratio` is named like a"
            + " recording rule, but no PrometheusRule of the stack records it, so the query returns no data. | Add a"
            + " rule with `record: instance:node_cpu:ratio`, or declare the PrometheusRule that records it as an"
            + " external object.").hasSize(2);
  }

  @Test
  void recordedByAnExternalRuleOrTheValues_passes() {
    RenderedDocument external = document("", """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: node, namespace: platform}
        spec: {groups: [{name: node, rules: [{record: instance:node_cpu:ratio, expr: "1"}]}]}
        """);
    assertThat(lines(check, new StackView(List.of(DASHBOARD), List.of(external), List.of(kubePrometheusStack("""
        defaultRules: {create: false}
        additionalPrometheusRulesMap:
          demo:
            groups: [{name: demo, rules: [{record: "job:http_requests_total:rate5m", expr: "1"}]}]
        """))))).isEmpty();
  }

  @Test
  void defaultRulesOn_isSilent() {
    assertThat(lines(check, new StackView(List.of(RULES, DASHBOARD), List.of(), List.of(kubePrometheusStack("{}")))))
        .isEmpty();
  }

  @Test
  void withoutTheRelease_isSilent() {
    // `mac check` on files alone: what else the chart's Prometheus loads is unknown.
    assertThat(lines(check, StackView.of(List.of(RULES, DASHBOARD)))).isEmpty();
  }
}
