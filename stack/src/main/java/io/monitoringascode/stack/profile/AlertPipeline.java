package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.alert.AlertmanagerSelection;
import io.monitoringascode.stack.wiring.alert.Notifiers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration of the chart's Alertmanager as far as the production rules need it: the base configuration and
 * the AlertmanagerConfigs the Alertmanager selects, both as {@link AlertmanagerSelection} reads them. The operator adds
 * each AlertmanagerConfig's route under the base route, so both trees deliver alerts.
 */
final class AlertPipeline {
  static final String CONFIG = "/alertmanager/config";

  private final ReleaseValues values;
  private final JsonNode baseConfig;
  private final List<JsonNode> selected;

  private AlertPipeline(ReleaseValues values, JsonNode baseConfig, List<JsonNode> selected) {
    this.values = values;
    this.baseConfig = baseConfig;
    this.selected = selected;
  }

  /**
   * The pipeline of the stack's kube-prometheus-stack release; empty without one, without Alertmanager, when the
   * configuration comes from somewhere the values only name (a Secret, an AlertmanagerConfig, a template), or when the
   * selection of an AlertmanagerConfig depends on what the stack does not show.
   */
  static Optional<AlertPipeline> of(StackView view) {
    Optional<ReleaseValues> values = ReleaseValues.of(view.kubePrometheusStack());
    Optional<AlertmanagerSelection> selection = view.kubePrometheusStack().flatMap(AlertmanagerSelection::of);
    if (values.isEmpty() || selection.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonNode> baseConfig = selection.get().baseConfig();
    Optional<List<RenderedDocument>> selected = selection.get().selectedConfigs(view);
    if (baseConfig.isEmpty() || selected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AlertPipeline(values.get(), baseConfig.get(),
        selected.get().stream().map(RenderedDocument::tree).toList()));
  }

  ReleaseValues values() {
    return values;
  }

  /** A key of the base configuration, such as {@code /route/receiver}: the values' merged over the chart's. */
  JsonNode base(String pointer) {
    return baseConfig.at(pointer);
  }

  /**
   * Whether a route leads to a receiver that notifies somewhere: a base receiver with a non-empty {@code *_configs}
   * list, or an AlertmanagerConfig receiver with a non-empty {@code *Configs} list.
   */
  boolean notifiesSomewhere() {
    for (JsonNode receiver : base("/receivers")) {
      if (baseRoutedReceivers().contains(receiver.path("name").asText()) && Notifiers.notifies(receiver)) {
        return true;
      }
    }
    for (JsonNode config : selected) {
      Set<String> routed = new TreeSet<>();
      collect(config.path("spec").path("route"), routed);
      for (JsonNode receiver : config.path("spec").path("receivers")) {
        if (routed.contains(receiver.path("name").asText()) && Notifiers.notifies(receiver)) {
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
}
