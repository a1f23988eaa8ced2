package io.monitoringascode.testkit;

import static io.monitoringascode.testkit.MonitoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringAssertionsTest {
  private static RuleFile rules(Map<String, String> labels) {
    return RuleFile.builder().name("shop-rules").putAllLabels(labels)
        .addGroup(PromRuleGroup.builder().name("shop")
            .addRule(AlertRule.builder().alert("ShopDown").expr("up{job=\"shop\"} == 0").forDuration("1m")
                .putLabel("severity", "critical").putAnnotation("summary", "Shop {{ $labels.instance }} is down")
                .build())
            .build())
        .build();
  }

  private static MonitoringStack stack(Map<String, String> labels) {
    return MonitoringStack.builder().release("prometheus").namespace("shop")
        .add(rules(labels).toPrometheusRule()).build();
  }

  @Test
  void aStackWithoutErrorsPasses() {
    assertThat(stack(Map.of("release", "prometheus"))).hasNoErrors();
    assertThat(stack(Map.of("release", "prometheus")).check()).hasNoErrors().isEmpty();
  }

  @Test
  void aFailureListsEveryFinding() {
    assertThatThrownBy(() -> assertThat(stack(Map.of())).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors, but found 1 error, 0 warnings, 0 infos")
        .hasMessageContaining("shop/prometheusrule-shop-rules.yaml:/metadata/labels: error [wiring/selection-label]")
        .hasMessageContaining("Hint: ");
    assertThat(stack(Map.of()).check()).hasFinding("wiring/selection-label");
  }

  @Test
  void anAlertIsFoundByNameWithItsExpressionLabelsAndAnnotations() {
    PrometheusRule rule = rules(Map.of()).toPrometheusRule();
    assertThat(rule).hasAlert("ShopDown")
        .hasExpr("up{job=\"shop\"} == 0")
        .hasFor("1m")
        .hasLabel("severity", "critical")
        .hasAnnotation("summary", "Shop {{ $labels.instance }} is down");
    assertThatThrownBy(() -> assertThat(rule).hasAlert("ShopUp"))
        .hasMessageContaining("Expected one alert ShopUp in PrometheusRule shop-rules, but found 0; its alerts are"
            + " [ShopDown]");
    assertThatThrownBy(() -> assertThat(rule).hasAlert("ShopDown").hasLabel("severity", "warning"))
        .hasMessageContaining("Expected alert ShopDown to have labels severity=warning, but its labels are"
            + " {\"severity\":\"critical\"}");
  }

  @Test
  void aHelmValueIsFoundAtItsPointer() {
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .set("/prometheus/prometheusSpec/retention", "15d").build();
    assertThat(values).hasValueAt("/prometheus/prometheusSpec/retention", "15d").hasNoValueAt("/grafana");
    assertThatThrownBy(() -> assertThat(values).hasValueAt("/prometheus/prometheusSpec/retention", "30d"))
        .hasMessageContaining("Expected \"30d\" at /prometheus/prometheusSpec/retention, but it is \"15d\"");
  }

  @Test
  void aRenderedFileIsComparedWithADiff() {
    MonitoringStack stack = stack(Map.of("release", "prometheus"));
    assertThat(stack).rendersFile("kustomization.yaml", """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - shop/prometheusrule-shop-rules.yaml
        """);
    assertThatThrownBy(() -> assertThat(stack).rendersFile("kustomization.yaml", "kind: Kustomization\n"))
        .hasMessageContaining("--- expected\n+++ actual\n+apiVersion: kustomize.config.k8s.io/v1beta1\n kind:");
  }

  @Test
  void renderedFilesMatchTheirGoldenFiles() {
    assertThat(stack(Map.of("release", "prometheus"))).rendersGoldenFiles("shop");
  }
}
