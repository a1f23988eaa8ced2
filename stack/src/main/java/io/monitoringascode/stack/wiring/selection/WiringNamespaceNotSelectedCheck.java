package io.monitoringascode.stack.wiring.selection;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.Optional;

/**
 * {@code wiring/namespace-not-selected}: a ServiceMonitor, PodMonitor, Probe, ScrapeConfig or PrometheusRule in a
 * namespace that the namespace selector the chart puts on its Prometheus does not select ({@link PrometheusSelection}).
 * A namespace's labels are those of the stack's {@code Namespace} objects, external ones included, plus
 * {@code kubernetes.io/metadata.name}; when the selector needs a label of a namespace the stack does not declare, the
 * check stays silent. Silent without kube-prometheus-stack values, when the chart renders no Prometheus, and for
 * objects without a namespace.
 */
public final class WiringNamespaceNotSelectedCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/namespace-not-selected", Severity.ERROR,
      "Monitors and rules must live in a namespace the chart's Prometheus searches.");

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
    NamespaceLabels namespaces = NamespaceLabels.of(view);
    for (SelectedKind kind : SelectedKind.values()) {
      RenderedSelector selector = selection.get().namespaceSelector(kind);
      String key = "/prometheus/prometheusSpec/" + kind.namespaceSelectorKey();
      for (RenderedDocument object : SelectedObjects.of(view, kind)) {
        String namespace = object.namespace();
        if (namespace.isEmpty()) {
          continue;
        }
        String subject = kind.kind() + " `" + object.name() + "` is in namespace `" + namespace + "`";
        if (selector instanceof RenderedSelector.Present present
            && namespaces.selects(present.selector(), namespace).equals(Optional.of(false))) {
          sink.at(Location.in(object.file(), 0, "/metadata/namespace"))
              .error(subject + ", which the chart's `" + kind.namespaceSelectorKey() + "` `" + present.selector()
                  + "` does not select, so Prometheus " + kind.consequence() + ".")
              .hint(fix(present.selector(), namespace, namespaces, kind) + ", or change `" + key
                  + "` in the chart values.");
        } else if (selector instanceof RenderedSelector.Absent && !namespace.equals(selection.get().namespace())) {
          sink.at(Location.in(object.file(), 0, "/metadata/namespace"))
              .error(subject + ", but the values set `" + kind.namespaceSelectorKey() + "` to `null`, so the chart's"
                  + " Prometheus looks only in its own namespace `" + selection.get().namespace() + "` and "
                  + kind.consequence() + ".")
              .hint("Move the " + kind.kind() + " to namespace `" + selection.get().namespace() + "`, or set `" + key
                  + "` to `{}` in the chart values to search every namespace.");
        }
      }
    }
  }

  /** Labelling the Namespace helps unless the selector names other namespaces. */
  private static String fix(LabelSelector selector, String namespace, NamespaceLabels namespaces, SelectedKind kind) {
    if (namespaces.failsOnName(selector, namespace)) {
      return "Move the " + kind.kind() + " into a namespace that `" + selector + "` selects";
    }
    return LabelChanges.toMatch(selector, namespaces.labels(namespace),
        "the labels of Namespace `" + namespace + "`");
  }
}
