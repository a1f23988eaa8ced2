package io.monitoringascode.stack.rulefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LokiRulesConfigMapsTest {
  private static final String FILE = "k8s-monitoring-ns/configmap-fake-logs-rules.yaml";
  private static final String BAD_RULES = """
      groups:
        - name: fake-logs
          rules:
            - alert: ServerErrors
              expr: sum by (http_method) (rate({job="generated-logs", http_status=~"5.."}[5m])) > 0.1
              annotations:
                summary: '{{ $labels.pod }} answers 5xx'
      """;

  @Test
  void check_templateLabelInsideTheData_pointsAtTheKeyAndNamesThePlaceInTheFile() {
    List<Finding> findings = LokiRulesConfigMaps.check(document(configMap(BAD_RULES)), "loki_rule");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/template-label");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().file()).hasValue(FILE);
      assertThat(finding.location().pointer()).isEqualTo("/data/fake-logs-rules.yaml");
      assertThat(finding.message()).startsWith("At `/groups/0/rules/0/annotations/summary` of `fake-logs-rules.yaml`:"
          + " Annotation `summary` prints `$labels.pod`, but no series of");
    });
  }

  @Test
  void ruleFiles_ignoresPrometheusRulesAndDataThatIsNotYaml() {
    ConfigMap other = new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata()
        .withData(Map.of("prometheus.yaml", "groups: [{name: a, rules: [{alert: A, expr: 'up == 0'}]}]",
            "broken.yaml", "groups: [unclosed", "notes.txt", "no rules here"))
        .build();

    assertThat(LokiRulesConfigMaps.ruleFiles(Canonical.toTree(other), "loki_rule")).isEmpty();
  }

  @Test
  void ruleFiles_withoutTheLabel_takesOnlyFilesThatAreLogqlByContent() {
    ConfigMap unlabelled = new ConfigMapBuilder(configMap(BAD_RULES)).editMetadata().withLabels(Map.of())
        .endMetadata().build();
    ConfigMap logqlOnly = new ConfigMapBuilder(unlabelled)
        .withData(Map.of("x.yaml", BAD_RULES.replace("[5m]", "|= \"error\" [5m]"))).build();

    assertThat(LokiRulesConfigMaps.ruleFiles(Canonical.toTree(unlabelled), "loki_rule")).isEmpty();
    assertThat(LokiRulesConfigMaps.ruleFiles(Canonical.toTree(logqlOnly), "loki_rule")).containsOnlyKeys("x.yaml");
  }

  @Test
  void stackCheck_reportsTheLokiRulesOfItsConfigMaps() {
    MonitoringStack stack = MonitoringStack.builder().namespace("k8s-monitoring-ns").add(configMap(BAD_RULES)).build();

    assertThat(stack.check().findings()).extracting(finding -> finding.ruleId().value())
        .containsExactly("logql/template-label");
    assertThat(MonitoringStack.builder().namespace("k8s-monitoring-ns")
        .add(configMap(BAD_RULES.replace("$labels.pod", "$labels.http_method"))).build().check().findings())
        .isEmpty();
  }

  private static ConfigMap configMap(String rules) {
    return new ConfigMapBuilder().withNewMetadata().withName("fake-logs-rules").withNamespace("k8s-monitoring-ns")
        .withLabels(Map.of("loki_rule", "true")).endMetadata()
        .withData(Map.of("fake-logs-rules.yaml", rules)).build();
  }

  private static RenderedDocument document(ConfigMap configMap) {
    return new RenderedDocument(FILE, Canonical.toTree(configMap));
  }
}
