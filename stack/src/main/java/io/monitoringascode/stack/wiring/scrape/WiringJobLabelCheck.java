package io.monitoringascode.stack.wiring.scrape;

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

/**
 * A {@code spec.jobLabel} that a selected Service (ServiceMonitor) or pod (PodMonitor) does not carry. The operator
 * first sets {@code job} to the Service's name (for a PodMonitor, to {@code <namespace>/<name>} of the monitor) and
 * then overwrites it with the label's value only when the label is present and non-empty. Nothing fails: the metrics
 * arrive under another {@code job} than intended, and queries and alerts on {@code job} find nothing. A warning.
 */
public final class WiringJobLabelCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/job-label", Severity.WARNING,
      "A monitor's `jobLabel` that a selected Service or pod lacks, so its metrics get a fallback `job` label.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    TargetIndex index = TargetIndex.of(view);
    for (RenderedDocument monitor : view.documentsOfKind("ServiceMonitor")) {
      String jobLabel = monitor.tree().path("spec").path("jobLabel").asText("");
      if (jobLabel.isEmpty()) {
        continue;
      }
      List<ServiceObject> services = index.selectedServices(monitor).orElse(List.of());
      services.stream().filter(service -> lacks(service.labels(), jobLabel)).findFirst().ifPresent(service ->
          sink.at(Location.in(monitor.file(), 0, "/spec/jobLabel"))
              .warning("Service `" + service.name() + "` has no label `" + jobLabel + "` for `jobLabel`, so its"
                  + " metrics get `job=\"" + service.name() + "\"`, the Service's name.")
              .hint(hint(jobLabel, "`metadata.labels` of Service `" + service.name() + "`", service.labels())));
    }
    for (RenderedDocument monitor : view.documentsOfKind("PodMonitor")) {
      String jobLabel = monitor.tree().path("spec").path("jobLabel").asText("");
      if (jobLabel.isEmpty()) {
        continue;
      }
      List<Workload> workloads = index.selectedWorkloads(monitor).orElse(List.of());
      workloads.stream().filter(workload -> lacks(workload.labels(), jobLabel)).findFirst().ifPresent(workload ->
          sink.at(Location.in(monitor.file(), 0, "/spec/jobLabel"))
              .warning("The pods of " + workload.describe() + " have no label `" + jobLabel + "` for `jobLabel`,"
                  + " so their metrics get `job=\"" + monitor.namespace() + "/" + monitor.name()
                  + "\"`, the PodMonitor's namespace and name.")
              .hint(hint(jobLabel, "`" + workload.labelsKey() + "` of " + workload.describe(), workload.labels())));
    }
  }

  /** The operator's relabeling takes the label only when its value is non-empty. */
  private static boolean lacks(Map<String, String> labels, String label) {
    return labels.getOrDefault(label, "").isEmpty();
  }

  private static String hint(String jobLabel, String where, Map<String, String> labels) {
    return "Add `" + jobLabel + "` to " + where
        + (labels.isEmpty() ? "" : ", or set `spec.jobLabel` to one of its labels (`"
            + String.join("`, `", labels.keySet()) + "`)")
        + ".";
  }
}
