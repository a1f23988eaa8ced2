package io.monitoringascode.stack.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesEmptySelectorCheckTest {
  private final ValuesEmptySelectorCheck check = new ValuesEmptySelectorCheck();

  private List<Finding> run(String yaml) {
    return check.run(new ChartValues(KubePrometheusStackChart.get().index(), DocumentReader.read(yaml).get(0)),
        CheckContext.none());
  }

  @Test
  void emptySelector_nilUsesHelmValuesLeftAtDefault_warns() {
    assertThat(run("prometheus:\n  prometheusSpec:\n    serviceMonitorSelector: {}\n")).containsExactly(
        new Finding(RuleId.of("values/empty-selector"), Severity.WARNING,
            Location.at("/prometheus/prometheusSpec/serviceMonitorSelector"),
            "`serviceMonitorSelector` is `{}`, but with `serviceMonitorSelectorNilUsesHelmValues` at its default "
                + "`true` the chart selects only ServiceMonitors labelled `release: <release>`, so the others are "
                + "silently not picked up.",
            Optional.of("Set `prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues: false` to select "
                + "every ServiceMonitor, or remove `serviceMonitorSelector` to keep the release label.")));
  }

  @Test
  void emptySelector_nilUsesHelmValuesSetExplicitly_passes() {
    assertThat(run("prometheus:\n  prometheusSpec:\n    ruleSelector: {}\n    ruleSelectorNilUsesHelmValues: false\n"))
        .isEmpty();
    assertThat(run("prometheus:\n  prometheusSpec:\n    ruleSelector: {}\n    ruleSelectorNilUsesHelmValues: true\n"))
        .isEmpty();
  }

  @Test
  void nonEmptyOrAbsentSelector_isIgnored() {
    assertThat(run("prometheus:\n  prometheusSpec:\n    podMonitorSelector:\n      matchLabels: {team: a}\n"))
        .isEmpty();
    assertThat(run("grafana:\n  enabled: true\n")).isEmpty();
  }
}
