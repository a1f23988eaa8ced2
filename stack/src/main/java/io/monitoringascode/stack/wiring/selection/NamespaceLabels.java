package io.monitoringascode.stack.wiring.selection;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the stack knows of its namespaces' labels: those of the {@code Namespace} objects it declares (its own and the
 * external ones), plus {@value #NAME_LABEL}, which the API server sets on every namespace. Of a namespace the stack
 * does not declare, only that label is known.
 */
final class NamespaceLabels {
  /** The label the API server puts on every namespace, with the namespace's name as value. */
  static final String NAME_LABEL = "kubernetes.io/metadata.name";

  private final Map<String, Map<String, String>> declared;

  private NamespaceLabels(Map<String, Map<String, String>> declared) {
    this.declared = declared;
  }

  static NamespaceLabels of(StackView view) {
    Map<String, Map<String, String>> declared = new HashMap<>();
    for (RenderedDocument namespace : view.clusterObjectsOfKind("Namespace")) {
      if (namespace.apiVersion().equals("v1") && !namespace.name().isEmpty()) {
        declared.putIfAbsent(namespace.name(), labelsOf(namespace.tree()));
      }
    }
    return new NamespaceLabels(declared);
  }

  /** The labels of an object's {@code metadata.labels}, values that are not strings left out. */
  static Map<String, String> labelsOf(JsonNode tree) {
    Map<String, String> labels = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = tree.path("metadata").path("labels").fields();
        fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isTextual()) {
        labels.put(field.getKey(), field.getValue().textValue());
      }
    }
    return labels;
  }

  /** Whether the stack declares the namespace, so that all its labels are known. */
  boolean declares(String namespace) {
    return declared.containsKey(namespace);
  }

  /** The namespace's known labels: its declared ones and the name label. */
  Map<String, String> labels(String namespace) {
    Map<String, String> labels = new TreeMap<>(declared.getOrDefault(namespace, Map.of()));
    labels.put(NAME_LABEL, namespace);
    return labels;
  }

  /**
   * Whether a selector selects a namespace: known for a declared namespace; for another one, known to fail only when
   * a requirement on the name label fails, and known to hold only when the selector requires nothing else.
   */
  Optional<Boolean> selects(LabelSelector selector, String namespace) {
    Map<String, String> labels = labels(namespace);
    if (declares(namespace)) {
      return Optional.of(selector.matches(labels));
    }
    boolean known = true;
    for (Map.Entry<String, String> required : selector.matchLabels().entrySet()) {
      if (!required.getKey().equals(NAME_LABEL)) {
        known = false;
      } else if (!required.getValue().equals(namespace)) {
        return Optional.of(false);
      }
    }
    for (LabelSelector.Requirement requirement : selector.expressions()) {
      if (!requirement.key().equals(NAME_LABEL)) {
        known = false;
      } else if (!requirement.matches(labels)) {
        return Optional.of(false);
      }
    }
    return known ? Optional.of(true) : Optional.empty();
  }

  /** Whether the selector's requirements on the name label fail, which no label of the Namespace can change. */
  boolean failsOnName(LabelSelector selector, String namespace) {
    String required = selector.matchLabels().get(NAME_LABEL);
    return required != null && !required.equals(namespace) || selector.expressions().stream()
        .anyMatch(requirement -> requirement.key().equals(NAME_LABEL) && !requirement.matches(labels(namespace)));
  }
}
