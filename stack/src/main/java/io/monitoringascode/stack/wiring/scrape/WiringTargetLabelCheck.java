package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A label of {@code spec.targetLabels} that no selected Service carries, or of {@code spec.podTargetLabels} that no
 * selected pod carries (for a ServiceMonitor: the pods behind its Services, when every one of them is known). The
 * operator copies each such label onto the targets only where it is present and non-empty, so a label no target has
 * never reaches a metric, and the queries that group or filter on it come back empty. A warning.
 */
public final class WiringTargetLabelCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/target-label", Severity.WARNING,
      "A `targetLabels` or `podTargetLabels` entry that no selected Service or pod carries, so no metric gets it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    TargetIndex index = TargetIndex.of(view);
    for (RenderedDocument monitor : view.documentsOfKind("ServiceMonitor")) {
      List<ServiceObject> services = index.selectedServices(monitor).orElse(List.of());
      if (services.isEmpty()) {
        continue;
      }
      report(monitor, "targetLabels", services, ServiceObject::labels, "selected Service",
          names(services, service -> "Service `" + service.name() + "`"), sink);
      index.behindAll(services).ifPresent(workloads -> report(monitor, "podTargetLabels", workloads,
          Workload::labels, "pod behind the selected Services", "the pods of " + names(workloads, Workload::describe),
          sink));
    }
    for (RenderedDocument monitor : view.documentsOfKind("PodMonitor")) {
      List<Workload> workloads = index.selectedWorkloads(monitor).orElse(List.of());
      if (!workloads.isEmpty()) {
        report(monitor, "podTargetLabels", workloads, Workload::labels, "selected pod",
            "the pods of " + names(workloads, Workload::describe), sink);
      }
    }
  }

  private static <T> void report(RenderedDocument monitor, String key, List<T> targets,
      Function<T, Map<String, String>> labels, String noun, String owners, FindingSink sink) {
    JsonNode entries = monitor.tree().path("spec").path(key);
    for (int i = 0; i < entries.size(); i++) {
      String label = entries.get(i).asText("");
      if (label.isEmpty()
          || targets.stream().anyMatch(target -> !labels.apply(target).getOrDefault(label, "").isEmpty())) {
        continue;
      }
      sink.at(Location.in(monitor.file(), 0, "/spec/" + key + "/" + i))
          .warning("Label `" + label + "` of `" + key + "` is on no " + noun + " (" + owners + "), so no metric gets"
              + " it.")
          .hint("Add `" + label + "` to the labels of " + owners + ", or remove it from `spec." + key + "`.");
    }
  }


  private static <T> String names(List<T> targets, Function<T, String> name) {
    return String.join(", ", targets.stream().map(name).distinct().toList());
  }
}
