package io.monitoringascode.loki.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.loki.values.LokiRulesSidecar;
import io.monitoringascode.loki.values.LokiValues;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LokiRuleFileTest {
  static final LokiAlertRule SERVER_ERRORS = LokiAlertRule.builder()
      .alert("FakeLogsServerErrors")
      .expr("sum by (http_method) (rate({app=\"fake-logs\"} | json | http_status=~\"5..\" [5m])) > 0.5")
      .forDuration("5m")
      .putLabel("severity", "warning")
      .putAnnotation("summary", "{{ $labels.http_method }} requests answer 5xx")
      .build();
  static final LokiRecordRule LINES = LokiRecordRule.builder()
      .record("app:log_lines:rate5m")
      .expr("sum by (app) (rate({app=~\".+\"}[5m]))")
      .putLabel("source", "loki")
      .build();

  static LokiRuleFile file() {
    return LokiRuleFile.builder()
        .addGroup(LokiRuleGroup.builder().name("fake-logs").interval("1m").limit(10).addRules(SERVER_ERRORS, LINES)
            .build())
        .build();
  }

  @Test
  void toYaml_alertAndRecordingRule_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("rule/fake-logs-rules.yaml", file().toYaml().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void toConfigMap_chartDefaults_carriesTheSidecarLabelAndTheFile() throws Exception {
    ConfigMap configMap = file().toConfigMap("fake-logs-rules", LokiValues.builder().build());

    GoldenFiles.assertMatches("rule/fake-logs-rules-configmap.yaml",
        Canonical.renderYaml(Canonical.toTree(configMap)));
  }

  @Test
  void toConfigMap_labelAndValueFromTheValues_useThem() {
    LokiValues values = LokiValues.builder()
        .rulesSidecar(LokiRulesSidecar.builder().label("team_rules").labelValue("platform").build())
        .build();

    ConfigMap configMap = file().toConfigMap("x", values);

    assertThat(configMap.getMetadata().getLabels()).isEqualTo(Map.of("team_rules", "platform"));
    assertThat(configMap.getData()).containsOnlyKeys("x.yaml");
  }

  @Test
  void toConfigMap_calledTwice_returnsFreshCopies() {
    ConfigMap first = file().toConfigMap("x", LokiValues.builder().build());
    first.getData().clear();

    assertThat(file().toConfigMap("x", LokiValues.builder().build()).getData()).hasSize(1);
  }

  @Test
  void check_validFile_hasNoFinding() {
    assertThat(file().check().findings()).isEmpty();
  }

  @Test
  void check_templateLabelTheQueryDrops_pointsIntoTheRenderedFile() {
    LokiRuleFile file = LokiRuleFile.builder().addGroup(LokiRuleGroup.builder().name("g")
        .addRule(LokiAlertRule.builder().from(SERVER_ERRORS)
        .annotations(Map.of("summary", "{{ $labels.pod }}")).build()).build()).build();

    assertThat(file.check().findings()).extracting(Finding::ruleId).extracting(Object::toString)
        .containsExactly("logql/template-label");
    assertThat(file.check().findings().get(0).location().pointer())
        .isEqualTo("/groups/0/rules/0/annotations/summary");
  }

  @Test
  void build_alertWithLogQuery_failsNamingTheWrap() {
    assertThatThrownBy(() -> LokiAlertRule.builder().alert("A").expr("{app=\"api\"} |= \"error\"").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`expr`: alerting rule `A` needs a metric query, but `{app=\"api\"} |= \"error\"` is a log query,"
            + " which the Loki ruler cannot evaluate; wrap it in a range aggregation such as"
            + " `sum(count_over_time({app=\"api\"} |= \"error\" [5m]))`.");
  }

  @Test
  void build_recordWithLogQuery_fails() {
    assertThatThrownBy(() -> LokiRecordRule.builder().record("a:b:c").expr("{app=\"api\"}").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`expr`: recording rule `a:b:c` needs a metric query");
  }

  @Test
  void build_syntaxError_isLeftToTheCheck() {
    LokiAlertRule rule = LokiAlertRule.builder().alert("A").expr("sum(rate({app=\"x\"}[5m]").build();

    assertThat(LokiRuleFile.builder().addGroup(LokiRuleGroup.builder().name("g").addRule(rule).build()).build()
        .check().findings()).extracting(finding -> finding.ruleId().value()).containsExactly("logql/syntax");
  }

  @Test
  void build_emptyExpression_fails() {
    assertThatThrownBy(() -> LokiRecordRule.builder().record("a:b:c").expr(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`expr`: recording rule `a:b:c` needs an expression.");
  }

  @Test
  void build_forInWords_failsNamingTheAttribute() {
    assertThatThrownBy(() -> LokiAlertRule.builder().from(SERVER_ERRORS).forDuration("5 minutes").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`for`: Duration `5 minutes` is not a Prometheus duration");
  }

  @Test
  void build_groupIntervalBareNumber_andNegativeLimit_fail() {
    assertThatThrownBy(() -> LokiRuleGroup.builder().name("g").interval("30").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`interval`: Duration `30` is not a Prometheus duration");
    assertThatThrownBy(() -> LokiRuleGroup.builder().name("g").limit(-1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`limit`: `-1` is negative.");
  }

  @Test
  void build_emptyNames_fail() {
    assertThatThrownBy(() -> LokiRuleGroup.builder().name("").build())
        .hasMessage("`name`: a rule group needs a non-empty name.");
    assertThatThrownBy(() -> LokiAlertRule.builder().from(SERVER_ERRORS).alert("").build())
        .hasMessage("`alert`: an alerting rule needs a non-empty name.");
    assertThatThrownBy(() -> LokiRecordRule.builder().from(LINES).record("").build())
        .hasMessage("`record`: a recording rule needs a non-empty name.");
    assertThatThrownBy(() -> LokiRuleFile.builder().build())
        .hasMessage("`groups`: a rules file needs at least one group.");
  }
}
