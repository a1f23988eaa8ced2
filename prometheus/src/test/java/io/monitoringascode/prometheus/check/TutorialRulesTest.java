package io.monitoringascode.prometheus.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.schema.CrdSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's PrometheusRule parses clean, yet {@code TargetDown} repeats {@code TargetMissing}'s expression and
 * the annotations of both {@code absent(...)} alerts print labels that {@code absent()} never returns. These are its
 * exact findings, with their spans in the template text.
 */
class TutorialRulesTest {
  @Test
  void check_tutorialPrometheusRule_findsTheDuplicateAndTheEmptyLabels() throws Exception {
    Path file = SharedData.require("reference", "tutorial-repo", "k8s").resolve("prometheusrules.yaml");
    DocumentChecker checker = new DocumentChecker(PrometheusChecks.types(), CrdSchemas.bundled());

    List<Finding> findings = checker.check(DocumentReader.read(Files.readString(file)).get(0),
        "prometheusrules.yaml", 0, CheckContext.none()).findings();

    assertThat(findings).extracting(TutorialRulesTest::summary).containsExactlyInAnyOrder(
        "error rule/template-label /spec/groups/0/rules/1/annotations/description 73..90 $labels.namespace",
        "warning rule/duplicate-expr /spec/groups/0/rules/2/expr - TargetMissing",
        "error rule/template-label /spec/groups/0/rules/2/annotations/description 66..82 $labels.instance",
        "error rule/template-label /spec/groups/0/rules/2/annotations/summary 21..37 $labels.instance");
    assertThat(findings).filteredOn(finding -> finding.ruleId().toString().equals("rule/template-label"))
        .allSatisfy(finding -> assertThat(finding.message())
            .contains("`absent(up{job=\"prometheus-demo-app-svc\"})`", "always empty"));
  }

  private static String summary(Finding finding) {
    String span = finding.location().span().map(s -> s.start() + ".." + s.end()).orElse("-");
    String subject = finding.ruleId().toString().equals("rule/duplicate-expr")
        ? finding.message().contains("`TargetMissing`") ? "TargetMissing" : finding.message()
        : finding.message().replaceAll("(?s).*prints `([^`]*)`.*", "$1");
    return finding.severity().toString().toLowerCase() + " " + finding.ruleId() + " " + finding.location().pointer()
        + " " + span + " " + subject;
  }
}
