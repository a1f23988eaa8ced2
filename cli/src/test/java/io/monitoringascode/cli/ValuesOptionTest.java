package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesOptionTest {
  @Test
  void parse_knownChart_givesChartAndFile() {
    ValuesOption option = ValuesOption.parse("loki@6.41.1=k8s/values/loki.yaml");

    assertThat(option.chart().name()).isEqualTo("loki");
    assertThat(option.file()).isEqualTo(Path.of("k8s/values/loki.yaml"));
  }

  @Test
  void parse_unknownVersion_namesKnownCharts() {
    assertThatThrownBy(() -> ValuesOption.parse("loki@6.0.0=x.yaml"))
        .hasMessage("No key index for chart `loki@6.0.0`; known charts: kube-prometheus-stack@77.11.1, loki@6.41.1.");
  }

  @Test
  void parse_malformed_namesTheForm() {
    assertThatThrownBy(() -> ValuesOption.parse("loki=x.yaml")).hasMessageStartingWith(
        "`loki=x.yaml` is not of the form CHART@VERSION=FILE");
    assertThatThrownBy(() -> ValuesOption.parse("loki@6.41.1=")).hasMessageContaining("CHART@VERSION=FILE");
  }

  @Test
  void ruleIds_listStructuralAndChartRules() {
    assertThat(ValuesOption.ruleIds()).extracting(Object::toString)
        .contains("values/unknown-key", "values/type", "values/renamed-key", "values/loki-schema-config",
            "values/grafana-admin-password");
  }

  @Test
  void selection_differentSelectors_keepsTheContext() {
    CheckContext context = CheckContext.forRelease("prometheus");

    assertThat(ValuesOption.selection(context, DocumentReader.read("""
        prometheus:
          prometheusSpec:
            serviceMonitorSelector: {matchLabels: {team: a}}
            podMonitorSelector: {matchLabels: {team: b}}
            ruleSelector: {matchLabels: {team: a}}
        """).get(0))).isSameAs(context);
    assertThat(ValuesOption.selection(context, DocumentReader.read("grafana: {}\n").get(0))).isSameAs(context);
  }

  @Test
  void selection_sameMatchLabels_setsSelectorLabels() {
    CheckContext context = ValuesOption.selection(CheckContext.none(), DocumentReader.read("""
        prometheus:
          prometheusSpec:
            serviceMonitorSelector: {matchLabels: {team: a}}
            podMonitorSelector: {matchLabels: {team: a}}
            ruleSelector: {matchLabels: {team: a}}
        """).get(0));

    assertThat(context.requiredLabels()).contains(Map.of("team", "a"));
  }
}
