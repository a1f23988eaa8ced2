package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The configuration of the chart's Alertmanager as far as the production rules need it: the base configuration (the
 * chart's default {@code alertmanager.config} with the values' keys over it, lists replaced whole as Helm merges them)
 * and the AlertmanagerConfigs its {@code alertmanagerConfigSelector} selects, the stack's own and the external ones.
 * The operator adds each AlertmanagerConfig's route under the base route, so both trees deliver alerts.
 */
final class AlertPipeline {
  static final String CONFIG = "/alertmanager/config";
  private static final String SPEC = "/alertmanager/alertmanagerSpec";

  private final ReleaseValues values;
  private final JsonNode chartDefault;
  private final List<JsonNode> selected;

  private AlertPipeline(ReleaseValues values, List<JsonNode> selected) {
    this.values = values;
    this.chartDefault = KubePrometheusStackChart.get().defaultAlertmanagerConfig();
    this.selected = selected;
  }

  /**
   * The pipeline of the stack's kube-prometheus-stack release; empty without one, without Alertmanager, or when the
   * configuration comes from a Secret or an AlertmanagerConfig the values name, which the rules cannot read.
   */
  static Optional<AlertPipeline> of(StackView view) {
    Optional<ReleaseValues> release = ReleaseValues.of(view.kubePrometheusStack());
    if (release.isEmpty()) {
      return Optional.empty();
    }
    ReleaseValues values = release.get();
    if (!values.enabled("/alertmanager/enabled") || values.enabled(SPEC + "/useExistingSecret")
        || !values.own(SPEC + "/configSecret").asText("").isEmpty() || !values.isEmpty(SPEC + "/alertmanagerConfiguration")) {
      return Optional.empty();
    }
    // The chart renders an empty or absent selector as {}, which selects every AlertmanagerConfig.
    LabelSelector selector = LabelSelector.read(values.own(SPEC + "/alertmanagerConfigSelector"))
        .orElse(LabelSelector.matchingLabels(Map.of()));
    List<JsonNode> selected = new ArrayList<>();
    for (RenderedDocument config : view.clusterObjectsOfKind("AlertmanagerConfig")) {
      if (selector.matches(labels(config.tree()))) {
        selected.add(config.tree());
      }
    }
    return Optional.of(new AlertPipeline(values, selected));
  }

  ReleaseValues values() {
    return values;
  }

  /** A key of the base configuration, such as {@code /route/receiver}: the values' unless absent, else the chart's. */
  JsonNode base(String pointer) {
    JsonNode own = values.own(CONFIG + pointer);
    return own.isMissingNode() ? chartDefault.at(pointer) : own;
  }

  /**
   * Whether a route leads to a receiver that notifies somewhere: a base receiver with a non-empty {@code *_configs}
   * list, or an AlertmanagerConfig receiver with a non-empty {@code *Configs} list.
   */
  boolean notifiesSomewhere() {
    for (JsonNode receiver : base("/receivers")) {
      if (baseRoutedReceivers().contains(receiver.path("name").asText()) && hasIntegration(receiver, "_configs")) {
        return true;
      }
    }
    for (JsonNode config : selected) {
      Set<String> routed = new TreeSet<>();
      collect(config.path("spec").path("route"), routed);
      for (JsonNode receiver : config.path("spec").path("receivers")) {
        if (routed.contains(receiver.path("name").asText()) && hasIntegration(receiver, "Configs")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The receivers the base route and its children name; the base route merges the values' keys into the chart's. */
  private Set<String> baseRoutedReceivers() {
    Set<String> names = new TreeSet<>();
    if (base("/route/receiver").isTextual()) {
      names.add(base("/route/receiver").asText());
    }
    base("/route/routes").forEach(child -> collect(child, names));
    return names;
  }

  /** Whether the base configuration or a selected AlertmanagerConfig has an inhibit rule. */
  boolean inhibits() {
    if (!base("/inhibit_rules").isEmpty()) {
      return true;
    }
    return selected.stream().anyMatch(config -> !config.path("spec").path("inhibitRules").isEmpty());
  }

  /** The receivers a route and its children name; the base configuration and the CRD both call them routes. */
  private static void collect(JsonNode route, Set<String> names) {
    if (route.path("receiver").isTextual()) {
      names.add(route.path("receiver").asText());
    }
    for (JsonNode child : route.path("routes")) {
      collect(child, names);
    }
  }

  private static boolean hasIntegration(JsonNode receiver, String suffix) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = receiver.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().endsWith(suffix) && field.getValue().isArray() && !field.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> labels(JsonNode tree) {
    Map<String, String> labels = new TreeMap<>();
    tree.path("metadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }
}
