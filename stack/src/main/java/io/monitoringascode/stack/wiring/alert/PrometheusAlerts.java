package io.monitoringascode.stack.wiring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.alerting.routing.PartialAlert;
import io.monitoringascode.prometheus.labels.Label;
import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.labels.LabelSet;
import io.monitoringascode.prometheus.labels.Presence;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the chart's Prometheus turns an alerting rule's results into the alerts its Alertmanager receives: the result's
 * labels without {@code __name__}, then the group's and the rule's {@code labels} (a templated value may render empty,
 * which drops the label), {@code alertname}, the label {@code enforcedNamespaceLabel} names, and the external labels
 * for those the alert does not carry already (Prometheus never overrides an alert's own label with an external one).
 * The operator sets two external labels unless told otherwise (Prometheus CRD): {@code prometheus}, with a value
 * derived from the object's name, and {@code prometheus_replica}, which the operator's generated configuration drops
 * from alerts again for deduplication; both are kept with unknown values here.
 */
final class PrometheusAlerts {
  private static final String SPEC = "/prometheus/prometheusSpec";

  /** External label name to value; an empty value when not known offline. */
  private final Map<String, Optional<String>> externalLabels;
  /** The replica label, which may or may not reach the Alertmanager. */
  private final Optional<String> replicaLabel;
  private final Optional<String> enforcedNamespaceLabel;
  private final boolean enforcementExceptions;

  private PrometheusAlerts(Map<String, Optional<String>> externalLabels, Optional<String> replicaLabel,
      Optional<String> enforcedNamespaceLabel, boolean enforcementExceptions) {
    this.externalLabels = externalLabels;
    this.replicaLabel = replicaLabel;
    this.enforcedNamespaceLabel = enforcedNamespaceLabel;
    this.enforcementExceptions = enforcementExceptions;
  }

  /**
   * Reads the Prometheus side of kube-prometheus-stack values.
   *
   * @return empty when the chart's Prometheus is disabled, sends its alerts elsewhere ({@code alertingEndpoints}) or
   *     relabels them ({@code additionalAlertRelabelConfigs}): what reaches the Alertmanager is then not known
   */
  static Optional<PrometheusAlerts> of(JsonNode values) {
    ValuesReader reader = ValuesReader.of(values);
    ValuesReader spec = reader.under(SPEC);
    if (!reader.isTrue("/prometheus/enabled", true)
        || spec.isTrue("/alertingEndpoints", false)
        || spec.isTrue("/additionalAlertRelabelConfigs", false)
        || spec.isTrue("/additionalAlertRelabelConfigsSecret", false)) {
      return Optional.empty();
    }
    Map<String, Optional<String>> external = new LinkedHashMap<>();
    spec.at("/externalLabels").properties().forEach(label -> external.put(label.getKey(),
        label.getValue().isTextual() && !label.getValue().asText().contains("{{")
            ? Optional.of(label.getValue().asText()) : Optional.empty()));
    if (!spec.isTrue("/prometheusExternalLabelNameClear", false)) {
      external.put(spec.text("/prometheusExternalLabelName").orElse("prometheus"), Optional.empty());
    }
    Optional<String> replica = spec.isTrue("/replicaExternalLabelNameClear", false)
        ? Optional.empty() : Optional.of(spec.text("/replicaExternalLabelName").orElse("prometheus_replica"));
    boolean exceptions = spec.isTrue("/excludedFromEnforcement", false)
        || spec.isTrue("/prometheusRulesExcludedFromEnforce", false);
    return Optional.of(new PrometheusAlerts(external, replica, spec.text("/enforcedNamespaceLabel"),
        exceptions));
  }

  /**
   * What is known about the alerts of one rule.
   *
   * @param result the labels of the rule's expression's result
   * @param groupLabels the group's {@code labels}
   * @param rule the rule's tree, with {@code alert} and {@code labels}
   * @param ruleNamespace the PrometheusRule's namespace, or empty
   * @return the partial alert
   */
  PartialAlert alertOf(LabelSet result, JsonNode groupLabels, JsonNode rule, String ruleNamespace) {
    Map<String, Label> labels = new LinkedHashMap<>(result.labels());
    labels.put(LabelFlow.METRIC_NAME, absent());
    staticLabels(groupLabels, labels);
    staticLabels(rule.path("labels"), labels);
    labels.put("alertname", fixed(rule.path("alert").asText("")));
    enforcedNamespaceLabel.ifPresent(name -> labels.put(name,
        ruleNamespace.isEmpty() || enforcementExceptions ? possible() : fixed(ruleNamespace)));
    externalLabels.forEach((name, value) -> {
      Label own = labels.getOrDefault(name, result.othersPossible() ? possible() : absent());
      if (own.presence() == Presence.ABSENT) {
        labels.put(name, value.map(PrometheusAlerts::fixed).orElse(present()));
      } else if (own.presence() == Presence.POSSIBLE) {
        labels.put(name, present());
      }
    });
    replicaLabel.ifPresent(name -> labels.put(name, possible()));

    PartialAlert.Builder alert = PartialAlert.builder().othersPossible(result.othersPossible());
    labels.forEach((name, label) -> {
      if (label.presence() == Presence.ABSENT) {
        alert.fixed(name, "");
      } else if (label.value().isPresent()) {
        alert.fixed(name, label.value().get());
      } else if (label.presence() == Presence.PRESENT) {
        alert.present(name);
      } else {
        alert.possible(name);
      }
    });
    return alert.build();
  }

  /** Static labels override the result's; an empty value removes the label, a template may render anything. */
  private static void staticLabels(JsonNode node, Map<String, Label> labels) {
    node.properties().forEach(label -> {
      String value = label.getValue().asText("");
      labels.put(label.getKey(), value.contains("{{") ? possible() : value.isEmpty() ? absent() : fixed(value));
    });
  }

  private static Label fixed(String value) {
    return new Label(Presence.PRESENT, Optional.of(value));
  }

  private static Label present() {
    return new Label(Presence.PRESENT, Optional.empty());
  }

  private static Label possible() {
    return new Label(Presence.POSSIBLE, Optional.empty());
  }

  private static Label absent() {
    return new Label(Presence.ABSENT, Optional.empty());
  }
}
