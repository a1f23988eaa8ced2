package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.Map;

/**
 * {@code production/persistence}: a stateful workload of the stack's releases that keeps its data in an
 * {@code emptyDir}, which is gone when the pod is rescheduled. kube-prometheus-stack 77.11.1 leaves
 * {@code prometheusSpec.storageSpec} and {@code alertmanagerSpec.storage} empty (the operator then mounts an
 * {@code emptyDir}) and {@code grafana.persistence.enabled} off; grafana/loki 6.41.1 turns its volumes on, so Loki is
 * reported only where the values turn them off.
 */
public final class ProductionPersistenceCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/persistence", Severity.INFO,
      "A Prometheus, Alertmanager, Grafana or Loki workload keeps its data in an emptyDir.");

  private static final String PROMETHEUS_STORAGE = "/prometheus/prometheusSpec/storageSpec";
  private static final String ALERTMANAGER_STORAGE = "/alertmanager/alertmanagerSpec/storage";
  private static final String GRAFANA_PERSISTENCE = "/grafana/persistence/enabled";
  /** Grafana keeps nothing on its volume when its database is a server (MySQL, PostgreSQL). */
  private static final String GRAFANA_DATABASE = "/grafana/grafana.ini/database/type";

  /**
   * The switch of each Loki workload's volume. The read pods keep nothing; write (the WAL) and backend (compactor and
   * ruler state) mount {@code dataVolumeParameters}, an {@code emptyDir} by default, when their claims are off.
   */
  private static final Map<String, String> LOKI_VOLUMES = Map.of(
      LokiTargets.SINGLE_BINARY, "/singleBinary/persistence/enabled",
      "write", "/write/persistence/volumeClaimsEnabled",
      "backend", "/backend/persistence/volumeClaimsEnabled");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      if (values.enabled("/prometheus/enabled") && values.isEmpty(PROMETHEUS_STORAGE)) {
        sink.at(values.at(PROMETHEUS_STORAGE)).report("Prometheus keeps its TSDB in an `emptyDir` "
            + "(`prometheus.prometheusSpec.storageSpec` is empty), so a rescheduled pod starts without its metrics.")
            .hint("Set `prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage`, "
                + "such as `50Gi`.");
      }
      if (values.enabled("/alertmanager/enabled") && values.isEmpty(ALERTMANAGER_STORAGE)) {
        sink.at(values.at(ALERTMANAGER_STORAGE)).report("Alertmanager keeps its silences and notification log in an "
            + "`emptyDir` (`alertmanager.alertmanagerSpec.storage` is empty), so a rescheduled pod forgets every "
            + "silence and notifies again.")
            .hint("Set `alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec.resources.requests.storage`, "
                + "such as `1Gi`.");
      }
      String database = values.own(GRAFANA_DATABASE).asText("sqlite3");
      if (values.enabled("/grafana/enabled") && !values.enabled(GRAFANA_PERSISTENCE) && database.equals("sqlite3")) {
        sink.at(values.at(GRAFANA_PERSISTENCE)).report("Grafana keeps its SQLite database in an `emptyDir` "
            + "(`grafana.persistence.enabled` is `false`), so a rescheduled pod loses users, API keys and every "
            + "dashboard saved in the UI.")
            .hint("Set `grafana.persistence.enabled: true` (with `grafana.persistence.size`, such as `10Gi`).");
      }
    });
    ReleaseValues.of(view.loki()).ifPresent(values -> {
      for (String target : LokiTargets.running(values)) {
        String pointer = LOKI_VOLUMES.get(target);
        if (pointer != null && values.count("/" + target + "/replicas").orElse(1) > 0
            && !values.effective(pointer).asBoolean(true)) {
          sink.at(values.at(pointer)).report("Loki's `" + target + "` pods keep their data in an `emptyDir` (`"
              + ReleaseValues.dotted(pointer) + "` is `false`), so a rescheduled pod loses what it held: the "
              + "write-ahead log, and with filesystem storage every log.")
              .hint("Set `" + ReleaseValues.dotted(pointer) + ": true` (with `" + target
                  + ".persistence.size`, such as `10Gi`).");
        }
      }
    });
  }
}
