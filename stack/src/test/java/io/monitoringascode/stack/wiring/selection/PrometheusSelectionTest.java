package io.monitoringascode.stack.wiring.selection;

import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.NAMESPACE;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.release;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.tutorialValues;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.selection.RenderedSelector.Absent;
import io.monitoringascode.stack.wiring.selection.RenderedSelector.Origin;
import io.monitoringascode.stack.wiring.selection.RenderedSelector.Present;
import io.monitoringascode.stack.wiring.selection.RenderedSelector.Unknown;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrometheusSelectionTest {
  private static final Present RELEASE_LABEL =
      new Present(LabelSelector.matchingLabels(Map.of("release", "prometheus")), Origin.RELEASE_LABEL);
  private static final Present EVERYTHING = new Present(LabelSelector.matchingLabels(Map.of()), Origin.EMPTY);

  private static PrometheusSelection selection(String values) {
    return PrometheusSelection.of(release(yaml(values))).orElseThrow();
  }

  @Test
  void chartDefaults_everyKindNeedsTheReleaseLabelInEveryNamespace() {
    PrometheusSelection selection = selection("{}");
    for (SelectedKind kind : SelectedKind.values()) {
      assertThat(selection.selector(kind)).as(kind.kind()).isEqualTo(RELEASE_LABEL);
      assertThat(selection.namespaceSelector(kind)).as(kind.kind()).isEqualTo(EVERYTHING);
    }
    assertThat(selection.release()).isEqualTo("prometheus");
    assertThat(selection.namespace()).isEqualTo(NAMESPACE);
  }

  @Test
  void tutorialValues_changeOnlyAlertmanager_keepTheReleaseLabel() {
    PrometheusSelection selection = PrometheusSelection.of(release(tutorialValues())).orElseThrow();
    assertThat(selection.selector(SelectedKind.PROMETHEUS_RULE)).isEqualTo(RELEASE_LABEL);
    assertThat(selection.selector(SelectedKind.SERVICE_MONITOR)).isEqualTo(RELEASE_LABEL);
  }

  @Test
  void emptySelector_nilUsesHelmValuesOn_stillTheReleaseLabel() {
    // Go templates read {} as false, so the chart fills in the release label.
    assertThat(selection("prometheus: {prometheusSpec: {ruleSelector: {}}}").selector(SelectedKind.PROMETHEUS_RULE))
        .isEqualTo(RELEASE_LABEL);
  }

  @Test
  void nilUsesHelmValuesFalse_selectsEverything() {
    assertThat(selection("prometheus: {prometheusSpec: {podMonitorSelectorNilUsesHelmValues: false}}")
        .selector(SelectedKind.POD_MONITOR)).isEqualTo(EVERYTHING);
  }

  @Test
  void ownSelector_isRenderedAsWritten() {
    PrometheusSelection selection = selection("""
        prometheus:
          prometheusSpec:
            probeSelector:
              matchExpressions: [{key: team, operator: In, values: [a, b]}]
        """);
    assertThat(selection.selector(SelectedKind.PROBE)).isEqualTo(new Present(new LabelSelector(new TreeMap<>(),
        List.of(new LabelSelector.Requirement("team", LabelSelector.Operator.IN, List.of("a", "b")))), Origin.VALUES));
  }

  @Test
  void nullSelector_ruleAndScrapeConfigLeftOut_othersEmpty() {
    PrometheusSelection selection = selection("""
        prometheus:
          prometheusSpec:
            ruleSelector: null
            ruleSelectorNilUsesHelmValues: false
            scrapeConfigSelector: null
            scrapeConfigSelectorNilUsesHelmValues: false
            serviceMonitorSelector: null
            serviceMonitorSelectorNilUsesHelmValues: false
        """);
    assertThat(selection.selector(SelectedKind.PROMETHEUS_RULE)).isEqualTo(new Absent());
    assertThat(selection.selector(SelectedKind.SCRAPE_CONFIG)).isEqualTo(new Absent());
    assertThat(selection.selector(SelectedKind.SERVICE_MONITOR)).isEqualTo(EVERYTHING);
  }

  @Test
  void nullNamespaceSelector_onlyScrapeConfigsLeftOut() {
    PrometheusSelection selection = selection("""
        prometheus:
          prometheusSpec:
            scrapeConfigNamespaceSelector: null
            ruleNamespaceSelector: null
        """);
    assertThat(selection.namespaceSelector(SelectedKind.SCRAPE_CONFIG)).isEqualTo(new Absent());
    assertThat(selection.namespaceSelector(SelectedKind.PROMETHEUS_RULE)).isEqualTo(EVERYTHING);
  }

  @Test
  void templatedOrMalformedSelector_isUnknown() {
    PrometheusSelection selection = selection("""
        prometheus:
          prometheusSpec:
            ruleSelector: {matchLabels: {release: "{{ .Release.Name }}"}}
            serviceMonitorSelector: {matchExpressions: [{key: a, operator: Equals, values: [x]}]}
            podMonitorSelector: "release=prometheus"
            probeSelector: {matchLabels: {tier: 1}}
            scrapeConfigNamespaceSelector: [a]
        """);
    assertThat(selection.selector(SelectedKind.PROMETHEUS_RULE)).isEqualTo(new Unknown());
    assertThat(selection.selector(SelectedKind.SERVICE_MONITOR)).isEqualTo(new Unknown());
    assertThat(selection.selector(SelectedKind.POD_MONITOR)).isEqualTo(new Unknown());
    assertThat(selection.selector(SelectedKind.PROBE)).isEqualTo(new Unknown());
    assertThat(selection.namespaceSelector(SelectedKind.SCRAPE_CONFIG)).isEqualTo(new Unknown());
  }

  @Test
  void nullPrometheusSpec_isUnknown() {
    assertThat(selection("prometheus: {prometheusSpec: null}").selector(SelectedKind.PROMETHEUS_RULE))
        .isEqualTo(new Unknown());
  }

  @Test
  void prometheusDisabled_noSelection() {
    assertThat(PrometheusSelection.of(release(yaml("prometheus: {enabled: false}")))).isEmpty();
    assertThat(PrometheusSelection.of(release(yaml("prometheus: {enabled: null}")))).isEmpty();
  }

  @Test
  void otherChart_noSelection() {
    assertThat(PrometheusSelection.of(new ChartRelease("loki", NAMESPACE, LokiChart.get(), yaml("{}")))).isEmpty();
  }

  @Test
  void namespaceOverride_isThePrometheusNamespace() {
    assertThat(selection("namespaceOverride: monitoring").namespace()).isEqualTo("monitoring");
  }
}
