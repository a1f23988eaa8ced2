package io.monitoringascode.examples.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.ReportException;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.examples.tutorial.DemoAppRules;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.examples.tutorial.TutorialValues;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.testkit.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TutorialMistakesTest {
  @TempDir Path out;

  @Test
  void check_tutorialMistakes_reportMatchesGoldenFile() {
    GoldenFiles.assertMatches("mistakes/report.txt",
        TutorialMistakes.stack().check().toText().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void check_tutorialMistakes_everyMistakeFoundAtOnce() {
    assertThat(TutorialMistakes.stack().check().errors())
        .extracting(f -> f.ruleId().value())
        .contains("wiring/selection-label", "monitor/duration", "alerting/undefined-receiver", "secret/inline-secret",
            "wiring/alert-not-delivered");
  }

  @Test
  void check_ruleWithoutReleaseLabel_tutorialValues_reportedOnceFromTheValues() {
    MonitoringStack stack = MonitoringStack.builder()
        .release(TutorialStack.RELEASE)
        .namespace(TutorialStack.NAMESPACE)
        .add(RuleFile.builder().from(DemoAppRules.rules(TutorialStack.RELEASE))
            .labels(Map.of("app", "prometheus"))
            .build()
            .toPrometheusRule())
        .kubePrometheusStack(TutorialValues.kubePrometheusStack())
        .build();

    // The stack has no AlertmanagerConfig, so its alerts are reported undelivered too: only the selection matters here.
    assertThat(stack.check().findings()).filteredOn(f -> f.ruleId().value().startsWith("wiring/selection"))
        .containsExactly(new Finding(RuleId.of("wiring/selection-label"),
        Severity.ERROR,
        Location.in("k8s-monitoring-ns/prometheusrule-prometheus-demo-app-rules.yaml", 0, "/metadata/labels"),
        "PrometheusRule `prometheus-demo-app-rules` does not match the chart's `ruleSelector` `release=prometheus`,"
            + " so Prometheus never loads its rules.",
        Optional.of("Add `release: prometheus` to `metadata.labels`, or set"
            + " `/prometheus/prometheusSpec/ruleSelectorNilUsesHelmValues: false` in the chart values to select every"
            + " PrometheusRule.")));
  }

  @Test
  void writeTo_tutorialMistakes_writesNothing() {
    assertThatThrownBy(() -> TutorialMistakes.stack().writeTo(out)).isInstanceOf(ReportException.class);

    assertThat(out).isEmptyDirectory();
  }
}
