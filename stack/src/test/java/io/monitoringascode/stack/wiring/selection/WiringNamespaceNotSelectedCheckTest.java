package io.monitoringascode.stack.wiring.selection;

import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.document;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.tutorialRule;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.tutorialValues;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.view;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringNamespaceNotSelectedCheckTest {
  private static final String MONITOR_FILE = "shop/servicemonitor-shop.yaml";
  private static final String LABELLED_NAMESPACES = """
      prometheus:
        prometheusSpec:
          serviceMonitorNamespaceSelector:
            matchLabels: {monitoring: enabled}
      """;

  private static List<Finding> run(StackView view) {
    return new WiringNamespaceNotSelectedCheck().run(view, CheckContext.none());
  }

  private static Finding finding(String file, String message, String hint) {
    return new Finding(RuleId.of("wiring/namespace-not-selected"), Severity.ERROR,
        Location.in(file, 0, "/metadata/namespace"), message, Optional.of(hint));
  }

  private static RenderedDocument object(String kind, String apiVersion, String namespace) {
    return document("""
        apiVersion: %s
        kind: %s
        metadata: {name: shop, namespace: %s, labels: {release: prometheus}}
        spec: {}
        """.formatted(apiVersion, kind, namespace));
  }

  private static RenderedDocument serviceMonitor() {
    return object("ServiceMonitor", "monitoring.coreos.com/v1", "shop");
  }

  private static RenderedDocument namespace(String name, String labels) {
    return document("apiVersion: v1\nkind: Namespace\nmetadata: {name: " + name + ", labels: " + labels + "}\n");
  }

  @Test
  void declaredNamespaceWithoutTheLabel_reportsLabelAndValuesKey() {
    StackView view = view(yaml(LABELLED_NAMESPACES), List.of(serviceMonitor(), namespace("shop", "{team: shop}")),
        List.of());
    assertThat(run(view)).containsExactly(finding(MONITOR_FILE,
        "ServiceMonitor `shop` is in namespace `shop`, which the chart's `serviceMonitorNamespaceSelector`"
            + " `monitoring=enabled` does not select, so Prometheus never scrapes its targets.",
        "Add `monitoring: enabled` to the labels of Namespace `shop`, or change"
            + " `/prometheus/prometheusSpec/serviceMonitorNamespaceSelector` in the chart values."));
  }

  @Test
  void externalNamespaceWithTheLabel_passes() {
    StackView view = view(yaml(LABELLED_NAMESPACES), List.of(serviceMonitor()),
        List.of(namespace("shop", "{monitoring: enabled}")));
    assertThat(run(view)).isEmpty();
  }

  @Test
  void undeclaredNamespace_labelUnknown_silent() {
    assertThat(run(view(yaml(LABELLED_NAMESPACES), serviceMonitor()))).isEmpty();
  }

  @Test
  void selectorOnTheNameLabel_undeclaredNamespaceOutsideIt_reportsMove() {
    String values = """
        prometheus:
          prometheusSpec:
            ruleNamespaceSelector:
              matchExpressions:
                - {key: kubernetes.io/metadata.name, operator: In, values: [monitoring, apps]}
        """;
    assertThat(run(view(yaml(values), document(tutorialRule())))).containsExactly(finding(
        "k8s-monitoring-ns/prometheusrule-prometheus-demo-app-rules.yaml",
        "PrometheusRule `prometheus-demo-app-rules` is in namespace `k8s-monitoring-ns`, which the chart's"
            + " `ruleNamespaceSelector` `kubernetes.io/metadata.name in (monitoring,apps)` does not select, so"
            + " Prometheus never loads its rules.",
        "Move the PrometheusRule into a namespace that `kubernetes.io/metadata.name in (monitoring,apps)` selects,"
            + " or change `/prometheus/prometheusSpec/ruleNamespaceSelector` in the chart values."));
  }

  @Test
  void selectorOnTheNameLabel_namespaceInIt_passes() {
    String values = """
        prometheus:
          prometheusSpec:
            ruleNamespaceSelector:
              matchLabels: {kubernetes.io/metadata.name: k8s-monitoring-ns}
        """;
    assertThat(run(view(yaml(values), document(tutorialRule())))).isEmpty();
  }

  @Test
  void nullScrapeConfigNamespaceSelector_onlyThePrometheusNamespace() {
    String values = "prometheus: {prometheusSpec: {scrapeConfigNamespaceSelector: null}}";
    RenderedDocument elsewhere = object("ScrapeConfig", "monitoring.coreos.com/v1alpha1", "shop");
    RenderedDocument beside = object("ScrapeConfig", "monitoring.coreos.com/v1alpha1", "k8s-monitoring-ns");
    assertThat(run(view(yaml(values), elsewhere, beside))).containsExactly(finding("shop/scrapeconfig-shop.yaml",
        "ScrapeConfig `shop` is in namespace `shop`, but the values set `scrapeConfigNamespaceSelector` to `null`, so"
            + " the chart's Prometheus looks only in its own namespace `k8s-monitoring-ns` and never scrapes its"
            + " targets.",
        "Move the ScrapeConfig to namespace `k8s-monitoring-ns`, or set"
            + " `/prometheus/prometheusSpec/scrapeConfigNamespaceSelector` to `{}` in the chart values to search every"
            + " namespace."));
  }

  @Test
  void chartDefaultsAndTutorialValues_everyNamespace() {
    assertThat(run(view(yaml("{}"), serviceMonitor(), document(tutorialRule())))).isEmpty();
    assertThat(run(view(tutorialValues(), serviceMonitor(), document(tutorialRule())))).isEmpty();
  }

  @Test
  void prometheusDisabled_silent() {
    String values = "prometheus:\n  enabled: false\n" + LABELLED_NAMESPACES.substring("prometheus:\n".length());
    assertThat(run(view(yaml(values), List.of(serviceMonitor(), namespace("shop", "{}")), List.of()))).isEmpty();
  }

  @Test
  void objectWithoutNamespace_silent() {
    RenderedDocument monitor = document("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: shop}
        spec: {}
        """);
    assertThat(run(view(yaml(LABELLED_NAMESPACES), List.of(monitor), List.of(namespace("shop", "{}"))))).isEmpty();
  }
}
