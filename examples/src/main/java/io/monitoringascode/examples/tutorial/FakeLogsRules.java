package io.monitoringascode.examples.tutorial;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.loki.rule.LokiAlertRule;
import io.monitoringascode.loki.rule.LokiRuleFile;
import io.monitoringascode.loki.rule.LokiRuleGroup;

/**
 * A Loki alerting rule over the tutorial's fake logs: Promtail's pipeline turns each JSON line's {@code method} and
 * {@code status} into the stream labels {@code http_method} and {@code http_status} of job {@code generated-logs}, so
 * the rate of {@code 5xx} lines per method is a LogQL metric query. Loki's ruler evaluates it and sends the alert to
 * the kube-prometheus-stack Alertmanager ({@link TutorialValues#loki()} wires both).
 */
public final class FakeLogsRules {
  private FakeLogsRules() {}

  /**
   * The rules file.
   *
   * @return the rules
   */
  public static LokiRuleFile rules() {
    return LokiRuleFile.builder()
        .addGroup(LokiRuleGroup.builder()
            .name("fake-logs")
            .addRule(LokiAlertRule.builder()
                .alert("FakeLogsServerErrors")
                .expr("sum by (http_method) (rate({job=\"generated-logs\", http_status=~\"5..\"}[5m])) > 0.1")
                .forDuration("5m")
                .putLabel("severity", "warning")
                // Alerts from Loki's ruler carry no namespace; the operator routes an AlertmanagerConfig's
                // alerts only when they match its namespace, so SlackAlerting's route needs this label.
                .putLabel("namespace", TutorialStack.NAMESPACE)
                .putAnnotation("summary", "{{ $labels.http_method }} requests answer 5xx")
                .putAnnotation("description", "More than 0.1 {{ $labels.http_method }} log lines per second"
                    + " report a 5xx status in the fake logs.")
                .build())
            .build())
        .build();
  }

  /**
   * The rules as the ConfigMap the Loki chart's rules sidecar loads.
   *
   * @return a fresh ConfigMap, labelled for the sidecar of {@link TutorialValues#loki()}
   */
  public static ConfigMap configMap() {
    return rules().toConfigMap("fake-logs-rules", TutorialValues.loki());
  }
}
