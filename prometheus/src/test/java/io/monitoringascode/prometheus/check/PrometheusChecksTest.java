package io.monitoringascode.prometheus.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.finding.RuleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrometheusChecksTest {
  /** Each rule id with the class that enforces it; a generic check registered for several kinds counts once. */
  private static Map<RuleId, Class<?>> rules() {
    Map<RuleId, Class<?>> rules = new TreeMap<>();
    for (DocumentType<?> type : PrometheusChecks.types()) {
      for (Check<?> check : type.checks()) {
        Class<?> existing = rules.putIfAbsent(check.info().id(), check.getClass());
        assertThat(existing == null || existing == check.getClass())
            .as("rule id %s is enforced by two classes", check.info().id()).isTrue();
      }
    }
    return rules;
  }

  @Test
  void types_coverTheThreeKindsOfMonitoringCoreosComV1() {
    assertThat(PrometheusChecks.types()).extracting(t -> t.apiVersion() + " " + t.kind()).containsExactly(
        "monitoring.coreos.com/v1 ServiceMonitor", "monitoring.coreos.com/v1 PodMonitor",
        "monitoring.coreos.com/v1 PrometheusRule");
  }

  @Test
  void ruleIds_areUniqueWellFormedAndNameTheirClass() {
    for (Map.Entry<RuleId, Class<?>> rule : rules().entrySet()) {
      StringBuilder expected = new StringBuilder();
      for (String word : rule.getKey().value().split("[/-]")) {
        expected.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      assertThat(rule.getValue().getSimpleName()).isEqualTo(expected + "Check");
    }
    assertThat(rules()).hasSize(20);
  }

  /** The docs page of a rule, in the repository's {@code docs/rules/}. */
  private static Path docsPage(RuleId id) {
    return SharedData.repositoryFile(id.docsPath());
  }

  @Test
  void everyCheck_hasADocsPageAndATestClass() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<RuleId, Class<?>> rule : rules().entrySet()) {
      if (!Files.isRegularFile(docsPage(rule.getKey()))) {
        missing.add(rule.getKey().docsPath());
      }
      try {
        Class.forName(rule.getValue().getName() + "Test");
      } catch (ClassNotFoundException e) {
        missing.add(rule.getValue().getSimpleName() + "Test");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDocsPage_namesItsRuleAndHowToChangeItsSeverity() throws Exception {
    for (RuleId id : rules().keySet()) {
      String page = Files.readString(docsPage(id));
      assertThat(page).startsWith("# " + id + "\n").contains("--severity " + id + "=");
    }
  }
}
