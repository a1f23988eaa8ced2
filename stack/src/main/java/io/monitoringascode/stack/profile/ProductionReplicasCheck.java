package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/replicas}: Prometheus, Alertmanager or a Loki workload running as a single replica, so that a node
 * drain or an upgrade stops scraping, alerting or log ingestion. The charts' defaults (kube-prometheus-stack 77.11.1:
 * one Prometheus, one Alertmanager; grafana/loki 6.41.1: three write, read and backend pods, no single binary) come
 * from the key index. A replica count the values write as a template is left alone.
 */
public final class ProductionReplicasCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/replicas", Severity.INFO,
      "Prometheus, Alertmanager or a Loki workload runs a single replica.");

  private static final String PROMETHEUS_REPLICAS = "/prometheus/prometheusSpec/replicas";
  private static final String ALERTMANAGER_REPLICAS = "/alertmanager/alertmanagerSpec/replicas";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      if (values.enabled("/prometheus/enabled") && isOne(values, PROMETHEUS_REPLICAS)) {
        sink.at(values.at(PROMETHEUS_REPLICAS)).report("Prometheus runs " + shown(values, PROMETHEUS_REPLICAS)
            + " replica, so scraping and rule evaluation stop whenever its pod restarts.")
            .hint("Set `prometheus.prometheusSpec.replicas: 2`; Alertmanager deduplicates the alerts both replicas "
                + "send.");
      }
      if (values.enabled("/alertmanager/enabled") && isOne(values, ALERTMANAGER_REPLICAS)) {
        sink.at(values.at(ALERTMANAGER_REPLICAS)).report("Alertmanager runs " + shown(values, ALERTMANAGER_REPLICAS)
            + " replica, so no notification goes out while its pod restarts.")
            .hint("Set `alertmanager.alertmanagerSpec.replicas: 3`; the replicas form one cluster and notify once.");
      }
    });
    ReleaseValues.of(view.loki()).ifPresent(values -> {
      for (String target : LokiTargets.running(values)) {
        String pointer = "/" + target + "/replicas";
        if (isOne(values, pointer) && !values.enabled("/" + target + "/autoscaling/enabled")) {
          sink.at(values.at(pointer)).report("Loki's `" + target + "` runs " + shown(values, pointer)
              + " replica, so logs are " + (target.equals("read") ? "not queryable" : "not ingested")
              + " while its pod restarts.")
              .hint(target.equals(LokiTargets.SINGLE_BINARY)
                  ? "Set `singleBinary.replicas: 3` with object storage (`loki.storage.type: s3`) and "
                      + "`loki.commonConfig.replication_factor: 3`, or set `deploymentMode: SimpleScalable`."
                  : "Set `" + ReleaseValues.dotted(pointer) + ": 3`, the chart's default.");
        }
      }
    });
  }

  private static boolean isOne(ReleaseValues values, String pointer) {
    return values.count(pointer).filter(count -> count == 1).isPresent();
  }

  private static String shown(ReleaseValues values, String pointer) {
    return "`1`" + (values.isSet(pointer) ? "" : " (the chart's default)");
  }
}
