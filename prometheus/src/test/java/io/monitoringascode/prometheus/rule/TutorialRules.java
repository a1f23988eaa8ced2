package io.monitoringascode.prometheus.rule;

/** The tutorial's PrometheusRule written with the builders, plus recording rules and keep_firing_for. */
final class TutorialRules {
  private TutorialRules() {}

  static RuleFile ruleFile() {
    return RuleFile.builder()
        .name("prometheus-demo-app-rules")
        .namespace("k8s-monitoring-ns")
        .putLabel("release", "prometheus")
        .putLabel("app", "prometheus")
        .addGroup(PromRuleGroup.builder()
            .name("prometheus-demo-app")
            .addRule(AlertRule.builder()
                .alert("DeploymentReplicasMismatch")
                .expr("kube_deployment_status_replicas_available{deployment=\"prometheus-demo-app\"} < 1")
                .forDuration("1m")
                .putLabel("severity", "critical")
                .putAnnotation("summary", "Deployment {{ $labels.deployment }} has no available replicas")
                .putAnnotation("description", "Deployment {{ $labels.deployment }} in namespace"
                    + " {{ $labels.namespace }} has 0 replicas available.")
                .build())
            .addRule(AlertRule.builder()
                .alert("TargetDown")
                .expr("up{job=\"prometheus-demo-app-svc\"} == 0")
                .forDuration("30s")
                .keepFiringFor("5m")
                .putLabel("severity", "warning")
                .putAnnotation("summary", "Prometheus target {{ $labels.instance }} is down")
                .putAnnotation("description", "{{ if gt $value 0.0 }}flapping{{ else }}down{{ end }} for"
                    + " {{ $labels.job }} ({{ $value | humanize }})")
                .build())
            .build())
        .addGroup(PromRuleGroup.builder()
            .name("prometheus-demo-app.records")
            .interval("1m")
            .limit(100)
            .addRule(RecordRule.builder()
                .record("job:http_requests:rate5m")
                .expr("sum by (job) (rate(swagger_stats_requests_total[5m]))")
                .build())
            .addRule(RecordRule.builder()
                .record("job:http_errors:ratio5m")
                .expr("sum by (job) (rate(swagger_stats_requests_total{code=~\"5..\"}[5m]))\n"
                    + "  / sum by (job) (rate(swagger_stats_requests_total[5m]))")
                .putLabel("team", "demo")
                .build())
            .build())
        .build();
  }
}
