package io.monitoringascode.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.assembly.AlertmanagerAssembly;
import io.monitoringascode.alerting.assembly.BaseConfig;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code alertmanager.yaml} the operator will generate for the stack's kube-prometheus-stack release, for review:
 * the chart's default {@code alertmanager.config} with the values' own deep-merged over it (as Helm merges), and every
 * AlertmanagerConfig of the stack whose labels the values' {@code alertmanagerConfigSelector.matchLabels} select (all
 * when the selector is empty, the chart's default), merged with the values' {@code alertmanagerConfigMatcherStrategy}.
 * Secrets appear as references. Not written when a selector uses {@code matchExpressions} or an AlertmanagerConfig
 * holds something the routing model does not carry: a partial preview would mislead.
 */
final class AlertmanagerPreview {
  /** The preview's file in the output tree; not listed in the kustomization. */
  static final String FILE = "preview/alertmanager.yaml";

  private AlertmanagerPreview() {}

  /**
   * Renders the preview.
   *
   * @param values the kube-prometheus-stack values tree
   * @param documents the stack's objects as trees
   * @param namespace the namespace of the release, where its Alertmanager runs
   * @return the YAML, or empty when the preview would be partial
   */
  static Optional<byte[]> render(JsonNode values, List<JsonNode> documents, String namespace) {
    JsonNode spec = values.path("alertmanager").path("alertmanagerSpec");
    JsonNode selector = spec.path("alertmanagerConfigSelector");
    if (selector.has("matchExpressions")) {
      return Optional.empty();
    }
    ObjectNode base = KubePrometheusStackChart.get().defaultAlertmanagerConfig().deepCopy();
    JsonNode own = values.path("alertmanager").path("config");
    if (own.isObject()) {
      merge((ObjectNode) base, own);
    }
    List<AlertRouting> configs = new ArrayList<>();
    try {
      for (JsonNode document : documents) {
        if ("AlertmanagerConfig".equals(document.path("kind").asText()) && selects(selector, document)) {
          configs.add(AlertRouting.from(Canonical.fromTree(document, AlertmanagerConfig.class)));
        }
      }
      return Optional.of(AlertmanagerAssembly.assemble(BaseConfig.read(base), configs,
          MatcherStrategy.fromCrdValue(spec.path("alertmanagerConfigMatcherStrategy").path("type").asText(""))
              .orElse(MatcherStrategy.ON_NAMESPACE), namespace).toYaml());
    } catch (InvalidModelException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean selects(JsonNode selector, JsonNode document) {
    JsonNode labels = document.path("metadata").path("labels");
    for (Iterator<Map.Entry<String, JsonNode>> wanted = selector.path("matchLabels").fields(); wanted.hasNext(); ) {
      Map.Entry<String, JsonNode> label = wanted.next();
      if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }

  /** Helm's deep merge: maps merge key by key, anything else replaces, null deletes. */
  private static void merge(ObjectNode target, JsonNode overrides) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (field.getValue().isNull()) {
        target.remove(field.getKey());
      } else if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        merge(object, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }
}
