package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionAlertReceiverCheckTest {
  private static final String SLACK_CONFIG = """
      apiVersion: monitoring.coreos.com/v1alpha1
      kind: AlertmanagerConfig
      metadata:
        name: team-alerts
        labels: {resource: prometheus}
      spec:
        route: {receiver: slack}
        receivers:
          - name: slack
            slackConfigs:
              - apiURL: {name: slack-webhook, key: url}
      """;

  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionAlertReceiverCheck(), view);
  }

  @Test
  void chartDefaultNullReceiver_reports() {
    assertThat(run(Stacks.kubePrometheusStack(""))).containsExactly(finding("production/alert-receiver", KPS_FILE,
        "/alertmanager/config/route/receiver",
        "Alertmanager's routes end only at receivers without an integration (the root route's is `null`), so "
            + "alerts never leave Alertmanager.",
        "Add an AlertmanagerConfig whose root route's receiver has an integration (such as `slackConfigs` with "
            + "`apiURL` from a Secret) and labels that `alertmanager.alertmanagerSpec.alertmanagerConfigSelector` "
            + "selects."));
  }

  @Test
  void selectedAlertmanagerConfigWithSlack_passes() {
    assertThat(run(Stacks.view("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigSelector:
              matchLabels: {resource: prometheus}
        """, null, List.of(SLACK_CONFIG)))).isEmpty();
  }

  @Test
  void configTheSelectorMisses_reports() {
    assertThat(run(Stacks.view("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigSelector:
              matchLabels: {resource: other}
        """, null, List.of(SLACK_CONFIG)))).hasSize(1);
  }

  @Test
  void baseReceiverWithIntegration_passes() {
    assertThat(run(Stacks.kubePrometheusStack("""
        alertmanager:
          config:
            route: {receiver: pager}
            receivers:
              - name: pager
                pagerduty_configs:
                  - routing_key_file: /etc/alertmanager/secrets/pagerduty/key
        """))).isEmpty();
  }

  @Test
  void configFromASecretOrNoAlertmanager_isIgnored() {
    assertThat(run(Stacks.kubePrometheusStack("alertmanager:\n  alertmanagerSpec: {useExistingSecret: true}\n")))
        .isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("alertmanager:\n  alertmanagerSpec: {configSecret: my-config}\n")))
        .isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("alertmanager: {enabled: false}\n"))).isEmpty();
  }
}
