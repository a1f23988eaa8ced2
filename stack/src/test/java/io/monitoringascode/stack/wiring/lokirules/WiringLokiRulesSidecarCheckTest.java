package io.monitoringascode.stack.wiring.lokirules;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.loki.rule.LokiAlertRule;
import io.monitoringascode.loki.rule.LokiRuleFile;
import io.monitoringascode.loki.rule.LokiRuleGroup;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.loki.values.LokiConfig;
import io.monitoringascode.loki.values.LokiRulerConfig;
import io.monitoringascode.loki.values.LokiRulesSidecar;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringLokiRulesSidecarCheckTest {
  private static final String NAMESPACE = "k8s-monitoring-ns";
  private static final String FILE = "k8s-monitoring-ns/configmap-fake-logs-rules.yaml";
  private static final LokiRuleFile RULES = LokiRuleFile.builder()
      .addGroup(LokiRuleGroup.builder().name("fake-logs").addRule(LokiAlertRule.builder().alert("ServerErrors")
          .expr("sum(count_over_time({app=\"fake-logs\"} | json | http_status=~\"5..\" [5m])) > 0").build()).build())
      .build();
  private static final LokiValues WIRED = LokiValues.builder()
      .loki(LokiConfig.builder().authEnabled(false)
          .rulerConfig(LokiRulerConfig.builder().localDirectory("/rules").build()).build())
      .rulesSidecar(LokiRulesSidecar.builder().folder("/rules/fake").build())
      .build();

  private final WiringLokiRulesSidecarCheck check = new WiringLokiRulesSidecarCheck();

  @Test
  void configMapWithoutTheSidecarLabel_reportsTheLabelToAdd() {
    ConfigMap unlabelled = new ConfigMapBuilder(RULES.toConfigMap("fake-logs-rules", WIRED))
        .editMetadata().withLabels(Map.of("app", "fake-logs")).endMetadata().build();

    assertThat(run(unlabelled, WIRED)).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("wiring/loki-rules-sidecar");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().file()).hasValue(FILE);
      assertThat(finding.location().pointer()).isEqualTo("/metadata");
      assertThat(finding.message()).isEqualTo("ConfigMap `fake-logs-rules` holds Loki rules but lacks the label"
          + " `loki_rule` that the Loki rules sidecar watches, so Loki never loads them.");
      assertThat(finding.hint()).hasValue("Add `loki_rule: \"true\"` to `metadata.labels`, or build the ConfigMap"
          + " with `LokiRuleFile.toConfigMap`.");
    });
  }

  @Test
  void configMapFromLokiRuleFile_withWiredValues_passes() {
    assertThat(run(RULES.toConfigMap("fake-logs-rules", WIRED), WIRED)).isEmpty();
  }

  @Test
  void folderAtTheRuleDirectoryItself_reportsTheTenantFolder() {
    LokiValues flat = LokiValues.builder().from(WIRED)
        .rulesSidecar(LokiRulesSidecar.builder().folder("/rules").build()).build();

    assertThat(run(RULES.toConfigMap("fake-logs-rules", flat), flat)).singleElement().satisfies(finding -> {
      assertThat(finding.location().file()).hasValue("values/loki.yaml");
      assertThat(finding.location().pointer()).isEqualTo("/sidecar/rules/folder");
      assertThat(finding.message()).isEqualTo("The Loki rules sidecar writes the rules of ConfigMap `fake-logs-rules`"
          + " to `/rules`, but the ruler reads only `/rules/<tenant>/`, so Loki never loads them.");
      assertThat(finding.hint()).hasValue("Set `sidecar.rules.folder: /rules/fake` in the Loki values.");
    });
  }

  @Test
  void sidecarOff_reportsTheSwitch() {
    LokiValues off = LokiValues.builder().from(WIRED)
        .rulesSidecar(LokiRulesSidecar.builder().enabled(false).build()).build();

    assertThat(run(RULES.toConfigMap("fake-logs-rules", WIRED), off)).singleElement().satisfies(finding -> {
      assertThat(finding.location().pointer()).isEqualTo("/sidecar/rules/enabled");
      assertThat(finding.message()).isEqualTo("The Loki rules sidecar is off, so the Loki rules of ConfigMap"
          + " `fake-logs-rules` are never loaded.");
      assertThat(finding.hint()).hasValue("Set `sidecar.rules.enabled: true` in the Loki values.");
    });
  }

  @Test
  void rulerOff_labelValueMismatch_andOtherNamespace_eachReported() {
    LokiValues values = LokiValues.builder().from(WIRED).rulerEnabled(false)
        .rulesSidecar(LokiRulesSidecar.builder().folder("/rules/fake").labelValue("platform").build()).build();
    ConfigMap elsewhere = new ConfigMapBuilder(RULES.toConfigMap("fake-logs-rules", WIRED))
        .editMetadata().withNamespace("apps").endMetadata().build();

    List<Finding> findings = run(elsewhere, values, "apps/configmap-fake-logs-rules.yaml");

    assertThat(findings).extracting(finding -> finding.location().pointer())
        .containsExactly("/ruler/enabled", "/metadata/labels/loki_rule", "/metadata/namespace");
    assertThat(findings.get(1).message()).isEqualTo("ConfigMap `fake-logs-rules` has `loki_rule: true`, but the Loki"
        + " rules sidecar watches only `loki_rule: platform`, so Loki never loads its rules.");
    assertThat(findings.get(2).hint()).hasValue("Move the ConfigMap to `k8s-monitoring-ns`, or set"
        + " `sidecar.rules.searchNamespace` in the Loki values.");
  }

  @Test
  void labelledConfigMap_withExpressionsValidInBothLanguages_isTakenAsLokiRules() {
    LokiRuleFile ambiguous = LokiRuleFile.builder().addGroup(LokiRuleGroup.builder().name("g")
        .addRule(LokiAlertRule.builder().alert("A").expr("sum(rate({job=\"generated-logs\"}[5m])) > 1").build())
        .build()).build();
    LokiValues off = LokiValues.builder().from(WIRED)
        .rulesSidecar(LokiRulesSidecar.builder().enabled(false).build()).build();

    assertThat(run(ambiguous.toConfigMap("fake-logs-rules", WIRED), off))
        .extracting(finding -> finding.location().pointer()).containsExactly("/sidecar/rules/enabled");
  }

  @Test
  void stackWithoutLoki_orConfigMapsWithoutLokiRules_areIgnored() {
    ConfigMap unlabelled = new ConfigMapBuilder(RULES.toConfigMap("fake-logs-rules", WIRED))
        .editMetadata().withLabels(Map.of()).endMetadata().build();
    ConfigMap prometheusRules = new ConfigMapBuilder().withNewMetadata().withName("prom").endMetadata()
        .withData(Map.of("rules.yaml", "groups: [{name: a, rules: [{alert: A, expr: 'up == 0'}]}]",
            "broken.yaml", "groups: [unclosed"))
        .build();

    assertThat(check.run(new StackView(List.of(document(FILE, unlabelled)), List.of(), List.of()),
        CheckContext.none())).isEmpty();
    assertThat(run(prometheusRules, WIRED)).isEmpty();
  }

  @Test
  void namespaceOverride_isWhereTheSidecarWatches() {
    LokiValues overridden = LokiValues.builder().from(WIRED).set("/namespaceOverride", "logging").build();
    ConfigMap inLogging = new ConfigMapBuilder(RULES.toConfigMap("fake-logs-rules", WIRED))
        .editMetadata().withNamespace("logging").endMetadata().build();

    assertThat(run(inLogging, overridden, "logging/configmap-fake-logs-rules.yaml")).isEmpty();
    assertThat(run(RULES.toConfigMap("fake-logs-rules", WIRED), overridden)).singleElement()
        .satisfies(finding -> assertThat(finding.hint()).hasValue("Move the ConfigMap to `logging`, or set"
            + " `sidecar.rules.searchNamespace` in the Loki values."));
  }

  private List<Finding> run(ConfigMap configMap, LokiValues values) {
    return run(configMap, values, FILE);
  }

  private List<Finding> run(ConfigMap configMap, LokiValues values, String file) {
    ConfigMap placed = configMap.getMetadata().getNamespace() != null ? configMap
        : new ConfigMapBuilder(configMap).editMetadata().withNamespace(NAMESPACE).endMetadata().build();
    StackView view = new StackView(List.of(document(file, placed)), List.of(),
        List.of(new ChartRelease("loki", NAMESPACE, LokiChart.get(), values.toTree())));
    return check.run(view, CheckContext.none());
  }

  private static RenderedDocument document(String file, ConfigMap configMap) {
    return new RenderedDocument(file, Canonical.toTree(configMap));
  }
}
