package io.monitoringascode.examples.tutorial;

import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;

/**
 * The tutorial's PrometheusRule, with three of its mistakes fixed: {@code TargetDown} tested {@code absent(up)} like
 * {@code TargetMissing} (so it fired only when the target was missing, never when it was down);
 * {@code TargetMissing} printed a {@code namespace} label that {@code absent()} never carries; and the alerts of
 * {@code absent()} and {@code vector(1)} had no {@code namespace} label at all, so the namespace matcher the operator
 * adds to the Slack AlertmanagerConfig sent them to the chart's {@code null} receiver. They carry a static
 * {@code namespace} label now.
 */
public final class DemoAppRules {
  private static final String JOB = "job=\"" + DemoApp.SERVICE + "\"";

  private DemoAppRules() {}

  /**
   * The demo app's health rules and the synthetic Slack test alert.
   *
   * @param release the kube-prometheus-stack release whose Prometheus must load them
   * @return the PrometheusRule's model
   */
  public static RuleFile rules(String release) {
    return RuleFile.builder()
        .name("prometheus-demo-app-rules")
        .putLabel("release", release)
        .putLabel("app", "prometheus")
        .addGroup(PromRuleGroup.builder()
            .name("prometheus-demo-app")
            .addRule(AlertRule.builder()
                .alert("DeploymentReplicasMismatch")
                .expr("kube_deployment_status_replicas_available{deployment=\"" + DemoApp.NAME + "\"} < 1")
                .forDuration("1m")
                .putLabel("severity", "critical")
                .putAnnotation("summary", "Deployment {{ $labels.deployment }} has no available replicas")
                .putAnnotation("description", "Deployment {{ $labels.deployment }} in namespace"
                    + " {{ $labels.namespace }} has 0 replicas available.")
                .build())
            .addRule(AlertRule.builder()
                .alert("TargetMissing")
                .expr("absent(up{" + JOB + "})")
                .forDuration("0m")
                .putLabel("severity", "critical")
                .putLabel("namespace", TutorialStack.NAMESPACE)
                .putAnnotation("summary", "Prometheus scrape target missing for " + DemoApp.NAME)
                .putAnnotation("description", "Prometheus has no scrape targets for job {{ $labels.job }}.")
                .build())
            .addRule(AlertRule.builder()
                .alert("TargetDown")
                .expr("up{" + JOB + "} == 0")
                .forDuration("30s")
                .putLabel("severity", "warning")
                .putAnnotation("summary", "Prometheus target {{ $labels.instance }} is down")
                .putAnnotation("description", "Prometheus scrape target for job {{ $labels.job }} on instance"
                    + " {{ $labels.instance }} is down.")
                .build())
            .build())
        .addGroup(PromRuleGroup.builder()
            .name("test.rules")
            .addRule(AlertRule.builder()
                .alert("SlackTestAlert")
                .expr("vector(1)")
                .forDuration("30s")
                .putLabel("severity", "critical")
                .putLabel("namespace", TutorialStack.NAMESPACE)
                .putAnnotation("summary", "Slack test alert")
                .putAnnotation("description", "This is a synthetic alert to validate Slack integration.")
                .build())
            .build())
        .build();
  }
}
