package io.monitoringascode.stack.wiring.selection;

import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.document;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.tutorialRule;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.tutorialValues;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.view;
import static io.monitoringascode.stack.wiring.selection.SelectionFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

class WiringSelectionLabelCheckTest {
  private static final String RULE_FILE = "k8s-monitoring-ns/prometheusrule-prometheus-demo-app-rules.yaml";

  private static List<Finding> run(StackView view) {
    return new WiringSelectionLabelCheck().run(view, CheckContext.none());
  }

  private static Finding finding(String file, String message, String hint) {
    return new Finding(RuleId.of("wiring/selection-label"), Severity.ERROR, Location.in(file, 0, "/metadata/labels"),
        message, Optional.of(hint));
  }

  /** The tutorial's PrometheusRule without its {@code release} label. */
  private static RenderedDocument ruleWithoutRelease() {
    ObjectNode rule = tutorialRule();
    ((ObjectNode) rule.path("metadata").path("labels")).remove("release");
    return document(rule);
  }

  private static RenderedDocument monitor(String kind, String apiVersion, String labels) {
    return document("""
        apiVersion: %s
        kind: %s
        metadata:
          name: shop
          namespace: shop
          labels: %s
        spec: {}
        """.formatted(apiVersion, kind, labels));
  }

  @Test
  void tutorialValues_ruleWithReleaseLabel_passes() {
    assertThat(run(view(tutorialValues(), document(tutorialRule())))).isEmpty();
  }

  @Test
  void tutorialValues_ruleMissingReleaseLabel_reportsLabelAndValuesKey() {
    assertThat(run(view(tutorialValues(), ruleWithoutRelease()))).containsExactly(finding(RULE_FILE,
        "PrometheusRule `prometheus-demo-app-rules` does not match the chart's `ruleSelector` `release=prometheus`,"
            + " so Prometheus never loads its rules.",
        "Add `release: prometheus` to `metadata.labels`, or set"
            + " `/prometheus/prometheusSpec/ruleSelectorNilUsesHelmValues: false` in the chart values to select every"
            + " PrometheusRule."));
  }

  @Test
  void chartDefaults_everyKindWithoutTheLabel_reported() {
    List<Finding> findings = run(view(yaml("{}"),
        monitor("ServiceMonitor", "monitoring.coreos.com/v1", "{release: prometheus}"),
        monitor("PodMonitor", "monitoring.coreos.com/v1", "{release: kube-prometheus-stack}"),
        monitor("Probe", "monitoring.coreos.com/v1", "{}"),
        monitor("ScrapeConfig", "monitoring.coreos.com/v1alpha1", "{}")));
    assertThat(findings).containsExactly(
        finding("shop/podmonitor-shop.yaml",
            "PodMonitor `shop` does not match the chart's `podMonitorSelector` `release=prometheus`, so Prometheus"
                + " never scrapes its targets.",
            "Set `release` to `prometheus` in `metadata.labels`, or set"
                + " `/prometheus/prometheusSpec/podMonitorSelectorNilUsesHelmValues: false` in the chart values to"
                + " select every PodMonitor."),
        finding("shop/probe-shop.yaml",
            "Probe `shop` does not match the chart's `probeSelector` `release=prometheus`, so Prometheus never probes"
                + " its targets.",
            "Add `release: prometheus` to `metadata.labels`, or set"
                + " `/prometheus/prometheusSpec/probeSelectorNilUsesHelmValues: false` in the chart values to select"
                + " every Probe."),
        finding("shop/scrapeconfig-shop.yaml",
            "ScrapeConfig `shop` does not match the chart's `scrapeConfigSelector` `release=prometheus`, so"
                + " Prometheus never scrapes its targets.",
            "Add `release: prometheus` to `metadata.labels`, or set"
                + " `/prometheus/prometheusSpec/scrapeConfigSelectorNilUsesHelmValues: false` in the chart values to"
                + " select every ScrapeConfig."));
  }

  @Test
  void customSelectorWithMatchExpressions_namesEachChangeAndTheSelectorKey() {
    String values = """
        prometheus:
          prometheusSpec:
            ruleSelector:
              matchLabels: {role: alerts}
              matchExpressions:
                - {key: team, operator: In, values: [shop, payments]}
                - {key: stage, operator: NotIn, values: [test]}
                - {key: legacy, operator: DoesNotExist}
        """;
    RenderedDocument rule = document("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: shop-rules, namespace: shop, labels: {stage: test, legacy: "true"}}
        spec: {groups: []}
        """);
    assertThat(run(view(yaml(values), rule))).containsExactly(finding("shop/prometheusrule-shop-rules.yaml",
        "PrometheusRule `shop-rules` does not match the chart's `ruleSelector`"
            + " `role=alerts,team in (shop,payments),stage notin (test),!legacy`, so Prometheus never loads its rules.",
        "In `metadata.labels`, add `role: alerts`, set `team` to one of `shop` or `payments`, remove `stage` or set it"
            + " to a value other than `test` and remove `legacy`, or change `/prometheus/prometheusSpec/ruleSelector`"
            + " in the chart values."));
  }

  @Test
  void customSelector_matchingRule_passes() {
    String values = "prometheus: {prometheusSpec: {ruleSelector: {matchExpressions: [{key: team, operator: Exists}]}}}";
    RenderedDocument rule = document("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: shop-rules, namespace: shop, labels: {team: shop}}
        spec: {groups: []}
        """);
    assertThat(run(view(yaml(values), rule))).isEmpty();
  }

  @Test
  void nilUsesHelmValuesFalse_selectsEverything() {
    String values = "prometheus: {prometheusSpec: {ruleSelectorNilUsesHelmValues: false}}";
    assertThat(run(view(yaml(values), ruleWithoutRelease()))).isEmpty();
  }

  @Test
  void nullRuleSelectorWithoutReleaseLabel_selectsNoRule() {
    String values = "prometheus: {prometheusSpec: {ruleSelector: null, ruleSelectorNilUsesHelmValues: false}}";
    assertThat(run(view(yaml(values), document(tutorialRule())))).containsExactly(finding(RULE_FILE,
        "PrometheusRule `prometheus-demo-app-rules` is not selected: the values set `ruleSelector` to `null` with"
            + " `ruleSelectorNilUsesHelmValues` off, so the chart's Prometheus has no `ruleSelector` and never loads"
            + " its rules.",
        "Set `/prometheus/prometheusSpec/ruleSelector` to `{}` in the chart values to select every PrometheusRule,"
            + " or to a selector that matches its labels."));
  }

  @Test
  void prometheusDisabled_silent() {
    assertThat(run(view(yaml("prometheus: {enabled: false}"), ruleWithoutRelease()))).isEmpty();
  }

  @Test
  void withoutValues_silent() {
    assertThat(run(new StackView(List.of(ruleWithoutRelease()), List.of(), List.of()))).isEmpty();
  }

  @Test
  void templatedSelector_silent() {
    String values = "prometheus: {prometheusSpec: {ruleSelector: {matchLabels: {release: \"{{ .Release.Name }}\"}}}}";
    assertThat(run(view(yaml(values), ruleWithoutRelease()))).isEmpty();
  }

  @Test
  void otherApiGroup_ignored() {
    assertThat(run(view(yaml("{}"), monitor("ServiceMonitor", "example.com/v1", "{}")))).isEmpty();
  }
}
