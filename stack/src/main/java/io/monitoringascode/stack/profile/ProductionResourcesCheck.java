package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;

/**
 * {@code production/resources}: a workload of the stack's releases without a memory limit. Both charts (
 * kube-prometheus-stack 77.11.1, grafana/loki 6.41.1) default every {@code resources} to {@code {}}: the scheduler
 * reserves nothing, and the pod may take its node's memory until the kernel kills something. A memory limit alone is
 * enough, because Kubernetes then sets the request to the limit. CPU limits are a matter of taste (they throttle) and
 * are not required.
 */
public final class ProductionResourcesCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/resources", Severity.INFO,
      "Prometheus, Alertmanager, Grafana, the operator or a Loki workload has no memory request and limit.");

  /** The kube-prometheus-stack workloads: switch, resources key, and a request and limit that suit a small cluster. */
  private static final List<Workload> KUBE_PROMETHEUS_STACK = List.of(
      new Workload("Prometheus", "/prometheus/enabled", "/prometheus/prometheusSpec/resources", "2Gi", "4Gi"),
      new Workload("Alertmanager", "/alertmanager/enabled", "/alertmanager/alertmanagerSpec/resources", "64Mi",
          "128Mi"),
      new Workload("Grafana", "/grafana/enabled", "/grafana/resources", "256Mi", "512Mi"),
      new Workload("The Prometheus Operator", "/prometheusOperator/enabled", "/prometheusOperator/resources",
          "128Mi", "256Mi"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      for (Workload workload : KUBE_PROMETHEUS_STACK) {
        if (values.enabled(workload.enabled())) {
          check(values, workload, sink);
        }
      }
    });
    ReleaseValues.of(view.loki()).ifPresent(values -> {
      for (String target : LokiTargets.running(values)) {
        if (values.count("/" + target + "/replicas").orElse(1) > 0) {
          check(values, new Workload("Loki's `" + target + "`", "", "/" + target + "/resources", "1Gi", "2Gi"), sink);
        }
      }
    });
  }

  private static void check(ReleaseValues values, Workload workload, FindingSink sink) {
    JsonNode resources = values.own(workload.resources());
    if (!resources.isMissingNode() && !resources.isNull() && !resources.isObject()) {
      return; // a template the chart renders: cannot know
    }
    if (resources.path("limits").hasNonNull("memory")) {
      return;
    }
    String key = ReleaseValues.dotted(workload.resources());
    boolean requested = resources.path("requests").hasNonNull("memory");
    sink.at(values.at(workload.resources())).report(workload.name() + " has "
        + (requested ? "a memory request but no memory limit" : "no memory request and no memory limit") + " (`"
        + key + "`), so " + (requested ? "nothing bounds its memory" : "the scheduler reserves nothing for it")
        + " and it can take its node's memory from other pods.")
        .hint("Set `" + key + ".requests.memory` (such as `" + workload.request() + "`) and `" + key
            + ".limits.memory` (such as `" + workload.limit() + "`).");
  }

  /**
   * A workload whose resources are checked.
   *
   * @param name how messages name it
   * @param enabled the switch that deploys it, or empty when it runs whenever its release does
   * @param resources its {@code resources} key
   * @param request a memory request to suggest
   * @param limit a memory limit to suggest
   */
  private record Workload(String name, String enabled, String resources, String request, String limit) {}
}
