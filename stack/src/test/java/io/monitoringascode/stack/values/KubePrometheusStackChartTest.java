package io.monitoringascode.stack.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.values.ValuesCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KubePrometheusStackChartTest {
  private static final KubePrometheusStackChart CHART = KubePrometheusStackChart.get();

  @Test
  void descriptor_namesPinnedChart() {
    assertThat(CHART.name()).isEqualTo("kube-prometheus-stack");
    assertThat(CHART.version()).isEqualTo("77.11.1");
    assertThat(CHART.repository()).isEqualTo("https://prometheus-community.github.io/helm-charts");
    assertThat(CHART.index().version()).isEqualTo(CHART.version());
    assertThat(CHART.index().key("/grafana/sidecar/dashboards/label")).isPresent();
    assertThat(CHART.index().key("/kube-state-metrics/replicas")).isPresent();
    assertThat(CHART.index().key("/prometheus-node-exporter/hostRootFsMount/enabled")).isPresent();
  }

  static Stream<Path> cases() {
    return ValuesCases.files(KubePrometheusStackChartTest.class, "cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_handWrittenCase_reportsExactlyItsExpectations(Path file) throws IOException {
    ValuesCases.verify(CHART, file);
  }

  @Test
  void check_chartDefaults_noFinding() throws IOException {
    Report report = check(SharedData.require("reference", "kube-prometheus-stack", "77.11.1", "values.yaml"));

    assertThat(report.findings()).as(report.toText()).isEmpty();
  }

  @Test
  void check_tutorialValues_noFinding() throws IOException {
    // The tutorial repository's file already has the selector under alertmanagerSpec; only its prose misplaces it
    // (see cases/tutorial-misplaced-alertmanager-config-selector.yaml).
    Report report = check(SharedData.require("reference", "tutorial-repo", "k8s", "values",
        "kube-prometheus-helm-values.yaml"));

    assertThat(report.findings()).as(report.toText()).isEmpty();
  }

  @Test
  void check_typedBuildersMaximalValues_noStructuralFinding() {
    // The typed builders' richest output (KubePrometheusStackValuesTest) must pass the key index.
    Report report = CHART.check(KubePrometheusStackValuesTest.maximal().toTree(), "values.yaml");

    assertThat(report.findings()).as(report.toText())
        .noneMatch(f -> f.ruleId().area().equals("schema") || f.ruleId().value().equals("values/unknown-key")
            || f.ruleId().value().equals("values/type"));
  }

  static Stream<Path> corpus() {
    return SharedData.files(SharedData.require("corpus", "real-world", "kps-values"), ".yaml").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void check_realWorldValues_onlyVerifiedMistakes(Path file) throws IOException {
    Report report = check(file);

    // Verified against values.yaml 77.11.1: defaultRules.rules has no `k8s`, `kubeApiserver` nor `kubeScheduler`
    // (split into finer groups since), there is no top-level `enabled`, and `exterrnalUrl` is a typo.
    assertThat(report.findings()).as(report.toText())
        .extracting(f -> f.location().pointer() + " " + f.ruleId())
        .isSubsetOf("/defaultRules/rules/k8s values/unknown-key",
            "/defaultRules/rules/kubeApiserver values/unknown-key",
            "/defaultRules/rules/kubeScheduler values/unknown-key",
            "/enabled values/unknown-key",
            "/prometheus/prometheusSpec/exterrnalUrl values/unknown-key");
  }

  private static Report check(Path file) throws IOException {
    return CHART.check(DocumentReader.read(Files.readString(file)).get(0), file.getFileName().toString());
  }
}
