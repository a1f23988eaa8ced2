package io.monitoringascode.stack.wiring.scrape;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * A ServiceMonitor whose {@code spec.selector} and {@code spec.namespaceSelector} match no Service of the stack or of
 * the declared external objects, or a PodMonitor that matches no pod template. The operator accepts both; Prometheus
 * simply has no target for them. Silent while the view holds no Service (no workload, for PodMonitors) at all.
 */
public final class WiringNoTargetCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/no-target", Severity.ERROR,
      "A ServiceMonitor that selects no Service, or a PodMonitor that selects no pod, so Prometheus scrapes nothing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    TargetIndex index = TargetIndex.of(view);
    for (RenderedDocument monitor : view.documentsOfKind("ServiceMonitor")) {
      index.selectedServices(monitor).filter(List::isEmpty).ifPresent(none -> report(monitor, "Service",
          index.services(), ServiceObject::document, ServiceObject::labels, service -> "metadata.labels", index, sink));
    }
    for (RenderedDocument monitor : view.documentsOfKind("PodMonitor")) {
      index.selectedWorkloads(monitor).filter(List::isEmpty).ifPresent(none -> report(monitor, "pod",
          index.workloads(), Workload::document, Workload::labels, Workload::labelsKey, index, sink));
    }
  }

  /**
   * Reports a monitor without targets, with the nearest candidate in the hint: in scope before out of scope, then the
   * most labels shared with the selector's {@code matchLabels}, then by namespace and name.
   */
  private static <T> void report(RenderedDocument monitor, String targetKind, List<T> candidates,
      Function<T, RenderedDocument> document, Function<T, SortedMap<String, String>> labels,
      Function<T, String> labelsKey, TargetIndex index, FindingSink sink) {
    LabelSelector selector = LabelSelector.read(monitor.tree().path("spec").path("selector")).orElseThrow();
    NamespaceScope scope = index.scope(monitor);
    T nearest = candidates.stream().min(Comparator
            .<T>comparingInt(candidate -> scope.includes(document.apply(candidate).namespace()) ? 0 : 1)
            .thenComparing(candidate -> -shared(selector.matchLabels(), labels.apply(candidate)))
            .thenComparing(candidate -> document.apply(candidate).namespace())
            .thenComparing(candidate -> document.apply(candidate).name()))
        .orElseThrow();
    RenderedDocument near = document.apply(nearest);
    String nearName = near.kind() + " `" + near.name() + "`";
    List<String> failed = selector.failedBy(labels.apply(nearest));
    String hint;
    if (failed.isEmpty()) {
      hint = "Add `" + near.namespace() + "` to `spec.namespaceSelector.matchNames`: " + nearName
          + " matches `spec.selector` but is in namespace `" + near.namespace() + "`.";
    } else {
      hint = "Make `spec.selector` and `" + labelsKey.apply(nearest) + "` of " + nearName
          + ", the nearest, agree: it lacks `" + String.join("`, `", failed) + "`"
          + differing(selector, labels.apply(nearest))
          + (scope.includes(near.namespace()) ? "" : ", and it is in namespace `" + near.namespace()
              + "`, outside `spec.namespaceSelector`")
          + ".";
    }
    sink.at(Location.in(monitor.file(), 0, "/spec/selector"))
        .error(monitor.kind() + " `" + monitor.name() + "` selects no " + targetKind + ": none in "
            + scope.describe() + " matches `" + selector + "`, so Prometheus has nothing to scrape.")
        .hint(hint);
  }

  /** Such as {@code (it has `app=web`)}: the nearest's own values of the keys {@code matchLabels} requires. */
  private static String differing(LabelSelector selector, Map<String, String> labels) {
    List<String> own = selector.matchLabels().entrySet().stream()
        .filter(entry -> labels.containsKey(entry.getKey()) && !entry.getValue().equals(labels.get(entry.getKey())))
        .map(entry -> entry.getKey() + "=" + labels.get(entry.getKey())).toList();
    return own.isEmpty() ? "" : " (it has `" + String.join("`, `", own) + "`)";
  }

  private static int shared(Map<String, String> required, Map<String, String> labels) {
    return (int) required.entrySet().stream().filter(entry -> entry.getValue().equals(labels.get(entry.getKey())))
        .count();
  }
}
