package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionInhibitRulesCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionInhibitRulesCheck(), view);
  }

  @Test
  void emptiedInhibitRules_reports() {
    assertThat(run(Stacks.kubePrometheusStack("alertmanager:\n  config:\n    inhibit_rules: []\n"))).containsExactly(
        finding("production/inhibit-rules", KPS_FILE, "/alertmanager/config/inhibit_rules",
            "Alertmanager has no inhibit rule, so a critical alert arrives together with every warning about the "
                + "same failure.",
            "Remove `alertmanager.config.inhibit_rules` to keep the chart's four rules, or add one such as "
                + "`{source_matchers: [severity = critical], target_matchers: [severity = warning], equal: "
                + "[namespace, alertname]}`."));
  }

  @Test
  void chartDefaultRules_pass() {
    assertThat(run(Stacks.kubePrometheusStack(""))).isEmpty();
  }

  @Test
  void inhibitionInASelectedAlertmanagerConfig_passes() {
    assertThat(run(Stacks.view("alertmanager:\n  config:\n    inhibit_rules: []\n", null, List.of("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-alerts}
        spec:
          inhibitRules:
            - sourceMatch: [{name: severity, value: critical}]
              targetMatch: [{name: severity, value: warning}]
        """)))).isEmpty();
  }
}
