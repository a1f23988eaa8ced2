package io.monitoringascode.stack.wiring.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.StackView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Stacks for the selection tests: the tutorial's release {@code prometheus} in {@code k8s-monitoring-ns}. */
final class SelectionFixtures {
  static final String RELEASE = "prometheus";
  static final String NAMESPACE = "k8s-monitoring-ns";

  private SelectionFixtures() {}

  static JsonNode yaml(String text) {
    return DocumentReader.read(text).get(0);
  }

  /** A file of the tutorial repository's {@code k8s/} directory. */
  static JsonNode tutorialFile(String... path) {
    try {
      return yaml(Files.readString(SharedData.require("reference", "tutorial-repo").resolve(String.join("/", path))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tutorial's kube-prometheus-stack values. */
  static JsonNode tutorialValues() {
    return tutorialFile("k8s", "values", "kube-prometheus-helm-values.yaml");
  }

  /** The tutorial's PrometheusRule, which carries {@code release: prometheus}. */
  static ObjectNode tutorialRule() {
    return (ObjectNode) tutorialFile("k8s", "prometheusrules.yaml");
  }

  static ChartRelease release(JsonNode values) {
    return new ChartRelease(RELEASE, NAMESPACE, KubePrometheusStackChart.get(), values);
  }

  static RenderedDocument document(JsonNode tree) {
    String file = tree.path("metadata").path("namespace").asText("") + "/" + tree.path("kind").asText().toLowerCase()
        + "-" + tree.path("metadata").path("name").asText() + ".yaml";
    return new RenderedDocument(file, tree);
  }

  static RenderedDocument document(String yaml) {
    return document(yaml(yaml));
  }

  static StackView view(JsonNode values, List<RenderedDocument> documents, List<RenderedDocument> external) {
    return new StackView(documents, external, List.of(release(values)));
  }

  static StackView view(JsonNode values, RenderedDocument... documents) {
    return view(values, List.of(documents), List.of());
  }
}
