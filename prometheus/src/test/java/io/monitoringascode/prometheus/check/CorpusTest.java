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
import io.monitoringascode.core.schema.CrdSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world files must pass without a single error: a false error on a file that runs in production is as bad as a
 * missed fault. Warnings are printed for review.
 */
class CorpusTest {
  private static final DocumentChecker CHECKER = new DocumentChecker(PrometheusChecks.types(), CrdSchemas.bundled());

  static Stream<Path> objects() {
    Path corpus = SharedData.require("corpus", "real-world");
    Path tutorial = SharedData.require("reference", "tutorial-repo", "k8s");
    List<Path> files = new ArrayList<>();
    for (String kind : List.of("ServiceMonitor", "PodMonitor", "PrometheusRule")) {
      files.addAll(SharedData.files(corpus.resolve(kind), ".yaml", ".yml"));
    }
    files.add(tutorial.resolve("service-monitor.yaml"));
    files.add(tutorial.resolve("prometheusrules.yaml"));
    return files.stream();
  }

  static Stream<Path> ruleFiles() {
    return SharedData.files(SharedData.require("corpus", "real-world", "rules-file"), ".yaml", ".yml").stream();
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
    print(report);
    assertThat(report.errors()).isEmpty();
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

    print(report);
    assertThat(report.errors()).isEmpty();
  }

  private static void print(Report report) {
    for (Finding finding : report.findings()) {
      System.out.println(finding);
    }
  }
}
