package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.layout.TreeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Objects for the target checks' tests: YAML text or the tutorial's files, placed in a namespace. */
final class TargetFixtures {
  static final String NS = "shop";

  /** A Service {@code web} in front of the {@code web} Deployment, port {@code http} (80 to container port 8080). */
  static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        labels: {app: web, team: shop}
      spec:
        selector: {app: web}
        ports:
          - {name: http, port: 80, targetPort: 8080}
      """;

  static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web, tier: front}
          spec:
            containers:
              - name: web
                image: nginx
                ports:
                  - {name: metrics, containerPort: 8080}
      """;

  private TargetFixtures() {}

  /** An object from YAML, in namespace {@link #NS}. */
  static RenderedDocument object(String yaml) {
    return object(yaml, NS);
  }

  /** An object from YAML, in a namespace (none when empty). */
  static RenderedDocument object(String yaml, String namespace) {
    return inNamespace(DocumentReader.read(yaml).get(0), namespace);
  }

  /** The objects of a file of the tutorial's {@code k8s} directory, in a namespace. */
  static List<RenderedDocument> tutorial(String file, String namespace) {
    Path path = SharedData.require("reference", "tutorial-repo", "k8s", file);
    List<RenderedDocument> objects = new ArrayList<>();
    for (JsonNode tree : DocumentReader.read(read(path))) {
      objects.add(inNamespace(tree, namespace));
    }
    return objects;
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RenderedDocument inNamespace(JsonNode tree, String namespace) {
    ObjectNode copy = tree.deepCopy();
    if (!namespace.isEmpty()) {
      ((ObjectNode) copy.path("metadata")).put("namespace", namespace);
    }
    String kind = copy.path("kind").asText("");
    return new RenderedDocument(TreeLayout.fileOf(kind, copy.path("metadata").path("namespace").asText(""),
        copy.path("metadata").path("name").asText("")), copy);
  }
}
