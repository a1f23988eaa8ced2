package io.monitoringascode.stack.wiring.selection;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.Map;
import java.util.Optional;

/**
 * {@code wiring/selection-label}, judged from the kube-prometheus-stack values: every ServiceMonitor, PodMonitor,
 * Probe, ScrapeConfig and PrometheusRule of the stack must match the object selector the chart puts on its Prometheus
 * ({@link PrometheusSelection}). The operator ignores an object no selector matches without a word. Silent without
 * kube-prometheus-stack values (the document check of the same id then judges from the release name alone), when the
 * chart renders no Prometheus, and when the selector cannot be read from the values.
 */
public final class WiringSelectionLabelCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/selection-label", Severity.ERROR,
      "Monitors and rules must carry the labels the chart's Prometheus selects them by.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<PrometheusSelection> selection = view.kubePrometheusStack().flatMap(PrometheusSelection::of);
    if (selection.isEmpty()) {
      return;
    }
    for (SelectedKind kind : SelectedKind.values()) {
      RenderedSelector selector = selection.get().selector(kind);
      for (RenderedDocument object : SelectedObjects.of(view, kind)) {
        Map<String, String> labels = NamespaceLabels.labelsOf(object.tree());
        String subject = kind.kind() + " `" + object.name() + "`";
        String key = "/prometheus/prometheusSpec/" + kind.selectorKey();
        if (selector instanceof RenderedSelector.Present present && !present.selector().matches(labels)) {
          String values = present.origin() == RenderedSelector.Origin.RELEASE_LABEL
              ? "set `/prometheus/prometheusSpec/" + kind.nilUsesHelmValuesKey() + ": false` in the chart values to"
                  + " select every " + kind.kind()
              : "change `" + key + "` in the chart values";
          sink.at(Location.in(object.file(), 0, "/metadata/labels"))
              .error(subject + " does not match the chart's `" + kind.selectorKey() + "` `" + present.selector()
                  + "`, so Prometheus " + kind.consequence() + ".")
              .hint(LabelChanges.toMatch(present.selector(), labels, "`metadata.labels`")
                  + ", or " + values + ".");
        } else if (selector instanceof RenderedSelector.Absent) {
          sink.at(Location.in(object.file(), 0, "/metadata/labels"))
              .error(subject + " is not selected: the values set `" + kind.selectorKey() + "` to `null` with `"
                  + kind.nilUsesHelmValuesKey() + "` off, so the chart's Prometheus has no `" + kind.selectorKey()
                  + "` and " + kind.consequence() + ".")
              .hint("Set `" + key + "` to `{}` in the chart values to select every " + kind.kind()
                  + ", or to a selector that matches its labels.");
        }
      }
    }
  }
}
