package io.monitoringascode.prometheus.check;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code wiring/selection-label}: a ServiceMonitor, PodMonitor or PrometheusRule must carry the labels that the
 * chart's Prometheus selects such objects by (kube-prometheus-stack: {@code release: <helm release>} unless its
 * selectors say otherwise). Without them the object is valid and applied, and silently ignored. Without a
 * {@link CheckContext#requiredLabels()} the selection is unknown and the check stays silent.
 *
 * @param <T> the kind of object
 */
final class WiringSelectionLabelCheck<T extends HasMetadata> implements Check<T> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/selection-label", Severity.ERROR,
      "Monitors and rules must carry the labels the chart's Prometheus selects them by.");

  private final String kind;
  private final String selector;
  private final String consequence;

  /**
   * Creates the check for one kind.
   *
   * @param kind the kind, such as {@code PrometheusRule}
   * @param selector the chart value that selects it, such as {@code ruleSelector}
   * @param consequence what the chart's Prometheus then never does, such as "never loads it"
   */
  WiringSelectionLabelCheck(String kind, String selector, String consequence) {
    this.kind = kind;
    this.selector = selector;
    this.consequence = consequence;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(T subject, CheckContext context, FindingSink sink) {
    if (context.requiredLabels().isEmpty()) {
      return;
    }
    String name = subject.getMetadata() == null ? "" : String.valueOf(subject.getMetadata().getName());
    Map<String, String> labels = subject.getMetadata() == null || subject.getMetadata().getLabels() == null
        ? Map.of() : subject.getMetadata().getLabels();
    String change = ", or change `prometheus.prometheusSpec." + selector + "` in the chart values.";
    for (Map.Entry<String, String> required : new TreeMap<>(context.requiredLabels().get()).entrySet()) {
      String label = required.getKey() + ": " + required.getValue();
      String actual = labels.get(required.getKey());
      if (actual == null) {
        sink.at(JsonPointers.of("metadata", "labels"))
            .error(kind + " `" + name + "` has no label `" + label + "`, so the chart's Prometheus " + consequence
                + ".")
            .hint("Add `" + label + "` to `metadata.labels`" + change);
      } else if (!actual.equals(required.getValue())) {
        sink.at(JsonPointers.of("metadata", "labels", required.getKey()))
            .error(kind + " `" + name + "` has label `" + required.getKey() + ": " + actual + "` instead of `" + label
                + "`, so the chart's Prometheus " + consequence + ".")
            .hint("Set `" + label + "` in `metadata.labels`" + change);
      }
    }
  }
}
