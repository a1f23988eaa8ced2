package io.monitoringascode.prometheus.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.schema.CrdSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world files must pass without an error or a warning beyond the true findings listed in {@link #KNOWN} (and in
 * the module's README, each with its reason): a false finding on a file that runs in production is as bad as a missed
 * fault. Every finding is printed for review. The tutorial's own rules are pinned in {@code TutorialRulesTest}.
 */
class CorpusTest {
  private static final DocumentChecker CHECKER = new DocumentChecker(PrometheusChecks.types(), CrdSchemas.bundled());

  /** True findings on real-world files, as {@code file pointer rule-id}; the README gives each one's reason. */
  private static final Set<String> KNOWN = Set.of(
      // kube-prometheus AlertmanagerFailedToSendAlerts, ...ClusterFailedToSendAlerts, ...ConfigInconsistent,
      // ...ClusterDown, ...ClusterCrashlooping: aggregated by (namespace, service[, integration]), yet print
      // $labels.job.
      "prometheus-operator__kube-prometheus__manifests__alertmanager-prometheusRule.yaml"
          + " /spec/groups/0/rules/3/annotations/description rule/template-label",
      "prometheus-operator__kube-prometheus__manifests__alertmanager-prometheusRule.yaml"
          + " /spec/groups/0/rules/4/annotations/description rule/template-label",
      "prometheus-operator__kube-prometheus__manifests__alertmanager-prometheusRule.yaml"
          + " /spec/groups/0/rules/5/annotations/description rule/template-label",
      "prometheus-operator__kube-prometheus__manifests__alertmanager-prometheusRule.yaml"
          + " /spec/groups/0/rules/6/annotations/description rule/template-label",
      "prometheus-operator__kube-prometheus__manifests__alertmanager-prometheusRule.yaml"
          + " /spec/groups/0/rules/7/annotations/description rule/template-label",
      // awesome-prometheus-alerts prints $labels.instance in every summary, also after absent(), sum by (job),
      // count(...), vector(1) and count by (__name__).
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/0/annotations/summary rule/template-label",
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/2/annotations/summary rule/template-label",
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/6/annotations/summary rule/template-label",
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/8/annotations/summary rule/template-label",
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/9/annotations/summary rule/template-label",
      "samber__awesome-prometheus-alerts__dist__rules__prometheus-self-monitoring__embedded-exporter.yml"
          + " /spec/groups/0/rules/27/annotations/summary rule/template-label",
      // awesome-prometheus-alerts HostUnusualDiskIo repeats HostUnusualDiskReadRate's io-time expression (in
      // parentheses there), so the "read rate" alert measures disk busy time.
      "samber__awesome-prometheus-alerts__dist__rules__host-and-hardware__node-exporter.yml"
          + " /spec/groups/0/rules/17/expr rule/duplicate-expr",
      // Strimzi Http4xxErrorRate and Http5xxErrorRate compare the bridge's request counter itself with 10, so each
      // fires for good once ten such requests have ever been served.
      "strimzi__strimzi-kafka-operator__packaging__examples__metrics__prometheus-install__prometheus-rules.yaml"
          + " /spec/groups/4/rules/4/expr promql/counter-comparison",
      "strimzi__strimzi-kafka-operator__packaging__examples__metrics__prometheus-install__prometheus-rules.yaml"
          + " /spec/groups/4/rules/5/expr promql/counter-comparison");

  static Stream<Path> objects() {
    Path corpus = SharedData.require("corpus", "real-world");
    Path tutorial = SharedData.require("reference", "tutorial-repo", "k8s");
    List<Path> files = new ArrayList<>();
    for (String kind : List.of("ServiceMonitor", "PodMonitor", "PrometheusRule")) {
      files.addAll(SharedData.files(corpus.resolve(kind), ".yaml", ".yml"));
    }
    files.add(tutorial.resolve("service-monitor.yaml"));
    return files.stream();
  }

  static Stream<Path> ruleFiles() {
    return SharedData.files(SharedData.require("corpus", "real-world", "rules-file"), ".yaml", ".yml").stream();
  }

  @Test
  void check_debianCephRules_hasNoErrorsOrWarnings() throws Exception {
    check_realWorldRuleFile_hasNoErrors(
        SharedData.installed("ceph-prometheus-alerts", "/etc/prometheus/ceph/ceph_default_alerts.yml"));
  }

  @ParameterizedTest
  @MethodSource("objects")
  void check_realWorldObject_hasNoErrors(Path file) throws Exception {
    Report report = Report.empty();
    List<JsonNode> documents = DocumentReader.read(Files.readString(file));
    for (int i = 0; i < documents.size(); i++) {
      if (CHECKER.recognises(documents.get(i))) {
        report = report.plus(CHECKER.check(documents.get(i), file.getFileName().toString(), i, CheckContext.none()));
      }
    }
    assertNoUnknownProblems(file, report);
  }

  /** Plain Prometheus rule files: their {@code groups:} are checked as the spec of a PrometheusRule. */
  @ParameterizedTest
  @MethodSource("ruleFiles")
  void check_realWorldRuleFile_hasNoErrors(Path file) throws Exception {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("apiVersion", PrometheusChecks.API_VERSION).put("kind", "PrometheusRule");
    document.putObject("metadata").put("name", "rules-file");
    document.set("spec", DocumentReader.read(Files.readString(file)).get(0));

    Report report = CHECKER.check(document, file.getFileName().toString(), 0, CheckContext.none());

    assertNoUnknownProblems(file, report);
  }

  private static void assertNoUnknownProblems(Path file, Report report) {
    for (Finding finding : report.findings()) {
      System.out.println(finding);
    }
    assertThat(report.findings())
        .filteredOn(finding -> isAtLeastWarning(finding.severity()))
        .filteredOn(finding -> !KNOWN.contains(file.getFileName() + " " + finding.location().pointer() + " "
            + finding.ruleId()))
        .isEmpty();
  }

  private static boolean isAtLeastWarning(Severity severity) {
    return severity == Severity.ERROR || severity == Severity.WARNING;
  }
}
