package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class WiringSelectionLabelCheckTest {
  private final WiringSelectionLabelCheck<PrometheusRule> rules =
      new WiringSelectionLabelCheck<>("PrometheusRule", "ruleSelector", "never loads it");
  private final WiringSelectionLabelCheck<ServiceMonitor> serviceMonitors =
      new WiringSelectionLabelCheck<>("ServiceMonitor", "serviceMonitorSelector", "never scrapes its targets");

  private static PrometheusRule rule(String labels) {
    return read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: demo-rules
          labels: %s
        spec:
          groups: []
        """.formatted(labels), PrometheusRule.class);
  }

  @Test
  void check_missingReleaseLabel_reportsNeverLoaded() {
    assertThat(run(rules, rule("{app: demo}"), CheckContext.forRelease("prometheus"))).containsExactly(finding(
        "wiring/selection-label", Severity.ERROR, "/metadata/labels",
        "PrometheusRule `demo-rules` has no label `release: prometheus`, so the chart's Prometheus never loads it.",
        "Add `release: prometheus` to `metadata.labels`, or change `prometheus.prometheusSpec.ruleSelector` in the"
            + " chart values."));
  }

  @Test
  void check_otherReleaseValue_reportsAtTheLabel() {
    ServiceMonitor monitor = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo, labels: {release: kps}}
        spec: {selector: {}, endpoints: [{port: http}]}
        """, ServiceMonitor.class);

    assertThat(run(serviceMonitors, monitor, CheckContext.forRelease("prometheus"))).containsExactly(finding(
        "wiring/selection-label", Severity.ERROR, "/metadata/labels/release",
        "ServiceMonitor `demo` has label `release: kps` instead of `release: prometheus`, so the chart's Prometheus"
            + " never scrapes its targets.",
        "Set `release: prometheus` in `metadata.labels`, or change"
            + " `prometheus.prometheusSpec.serviceMonitorSelector` in the chart values."));
  }

  @Test
  void check_matchingLabelsAmongOthers_reportNothing() {
    CheckContext context = CheckContext.builder().putSelectorLabel("team", "core").build();
    assertThat(run(rules, rule("{team: core, release: whatever}"), context)).isEmpty();
  }

  @Test
  void check_withoutContext_isSilent() {
    assertThat(run(rules, rule("{}"))).isEmpty();
  }
}
