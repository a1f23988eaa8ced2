package io.monitoringascode.stack.wiring.alert;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stacks for the wiring tests: objects and values as YAML, and the tutorial's files from the shared data. */
final class WiringFixtures {
  static final String NAMESPACE = "k8s-monitoring-ns";

  private WiringFixtures() {}

  /** One object of the stack in {@link #NAMESPACE} unless it names its own, written where the stack would. */
  static RenderedDocument document(String yaml) {
    JsonNode tree = DocumentReader.read(yaml).get(0);
    ObjectNode metadata = (ObjectNode) tree.path("metadata");
    if (!metadata.has("namespace") && !tree.path("kind").asText().equals("Namespace")) {
      metadata.put("namespace", NAMESPACE);
    }
    String file = metadata.path("namespace").asText("_cluster") + "/" + tree.path("kind").asText().toLowerCase(
        java.util.Locale.ROOT) + "-" + metadata.path("name").asText() + ".yaml";
    return new RenderedDocument(file, tree);
  }

  static ChartRelease values(String yaml) {
    return new ChartRelease("prometheus", NAMESPACE, KubePrometheusStackChart.get(), DocumentReader.read(yaml).get(0));
  }

  static StackView view(ChartRelease release, RenderedDocument... documents) {
    return new StackView(List.of(documents), List.of(), List.of(release));
  }

  /** A file of the tutorial repository, as objects of the stack; skips the test without the shared data. */
  static List<RenderedDocument> tutorialObjects(String file) {
    List<RenderedDocument> documents = new ArrayList<>();
    for (JsonNode tree : DocumentReader.read(read(SharedData.require("reference", "tutorial-repo", "k8s", file)))) {
      documents.add(document(tree.toString()));
    }
    return documents;
  }

  /** The tutorial's kube-prometheus-stack values, released as {@code prometheus} into {@link #NAMESPACE}. */
  static ChartRelease tutorialValues() {
    return values(read(SharedData.require("reference", "tutorial-repo", "k8s", "values",
        "kube-prometheus-helm-values.yaml")));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
