package io.monitoringascode.prometheus.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFileTest {
  @Test
  void from_renderedRuleFile_equalsTheOriginal() {
    RuleFile file = TutorialRules.ruleFile();

    assertThat(RuleFile.from(file.toPrometheusRule())).isEqualTo(file);
  }

  @Test
  void toPrometheusRule_tutorialRules_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("rule/tutorial-rules.yaml",
        Canonical.renderYaml(Canonical.toTree(TutorialRules.ruleFile().toPrometheusRule())));
  }

  @Test
  void toPrometheusRule_calledTwice_returnsFreshCopies() {
    RuleFile file = TutorialRules.ruleFile();
    PrometheusRule first = file.toPrometheusRule();
    first.getSpec().getGroups().clear();

    assertThat(file.toPrometheusRule().getSpec().getGroups()).hasSize(2);
  }

  @Test
  void build_forInWords_failsNamingTheAttribute() {
    assertThatThrownBy(() -> AlertRule.builder().alert("A").expr("up == 0").forDuration("5 minutes").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`for`: Duration `5 minutes` is not a Prometheus duration");
  }

  @Test
  void build_groupIntervalBareNumber_failsWithSecondsHint() {
    assertThatThrownBy(() -> PromRuleGroup.builder().name("g").interval("30").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`interval`: Duration `30` is not a Prometheus duration: a bare number has no unit; write"
            + " `30s`.");
  }

  @Test
  void build_missingExpression_failsNamingIt() {
    assertThatThrownBy(() -> RecordRule.builder().record("a:b").expr(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`expr`: recording rule `a:b` needs an expression.");
  }

  @Test
  void from_unmodeledRuleField_failsNamingTheKey() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x, uid: 1234}
        spec:
          groups:
            - name: g
              rules:
                - {alert: A, expr: up == 0, forr: 5m}
        """).get(0), PrometheusRule.class);

    assertThatThrownBy(() -> RuleFile.from(rule))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`RuleFile.from`: `/spec/groups/0/rules/0/forr` is not modeled by RuleFile, so importing would"
            + " drop it; keep the fabric8 object for this one.");
  }

  @Test
  void from_missingSpec_readsNoGroups() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x}
        """).get(0), PrometheusRule.class);

    assertThat(RuleFile.from(rule).groups()).isEmpty();
  }

  @Test
  void from_specWithoutGroups_readsNoGroups() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x}
        spec: {}
        """).get(0), PrometheusRule.class);

    assertThat(RuleFile.from(rule).groups()).isEmpty();
  }

  @Test
  void from_ruleWithNeitherAlertNorRecord_failsNamingGroupAndIndex() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x}
        spec:
          groups:
            - name: g
              rules:
                - {alert: A, expr: up == 0}
                - {expr: up == 0}
        """).get(0), PrometheusRule.class);

    assertThatThrownBy(() -> RuleFile.from(rule))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`rules`: rule 1 of group `g` needs exactly one of `alert` and `record`, but sets neither.");
  }

  @Test
  void from_ruleWithAlertAndRecord_failsQuotingBoth() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x}
        spec:
          groups:
            - name: g
              rules:
                - {alert: A, record: a, expr: up == 0}
        """).get(0), PrometheusRule.class);

    assertThatThrownBy(() -> RuleFile.from(rule))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`rules`: rule 0 of group `g` needs exactly one of `alert` and `record`, but sets both"
            + " (`alert: A`, `record: a`).");
  }

  @Test
  void from_unquotedNumberExpr_readsItsDecimalText() {
    PrometheusRule rule = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: x}
        spec:
          groups:
            - name: g
              rules:
                - {record: one, expr: 1}
        """).get(0), PrometheusRule.class);

    assertThat(RuleFile.from(rule).groups().get(0).rules().get(0).expr()).isEqualTo("1");
  }

  static Stream<Path> corpus() {
    return SharedData.files(SharedData.require("corpus", "real-world", "PrometheusRule"), ".yaml").stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void from_realWorldPrometheusRule_rendersBackTheSameSpec(Path path) throws Exception {
    PrometheusRule original = Canonical.fromTree(DocumentReader.read(Files.readString(path)).get(0),
        PrometheusRule.class);

    RuleFile file = RuleFile.from(original);

    assertThat(Canonical.toTree(file.toPrometheusRule()).get("spec"))
        .isEqualTo(Canonical.toTree(original).get("spec"));
  }
}
