package io.monitoringascode.stack.wiring.grafana;

import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.GrafanaSidecar;

/**
 * {@code wiring/dashboard-not-loaded}: a ConfigMap of the stack that carries a dashboard (a {@code data} key ending in
 * {@code .json} holding a dashboard's JSON model) which kube-prometheus-stack's Grafana sidecar does not load: the
 * sidecar is off, reads Secrets only, the ConfigMap lacks its label ({@code grafana.sidecar.dashboards.label} and
 * {@code labelValue}, {@code grafana_dashboard: "1"} by default), or lives in a namespace the sidecar does not search
 * ({@code searchNamespace}, {@code ALL} by default).
 */
public final class WiringDashboardNotLoadedCheck extends SidecarLoadingCheck {
  private static final RuleInfo INFO = RuleInfo.of("wiring/dashboard-not-loaded", Severity.ERROR,
      "A ConfigMap with a dashboard that Grafana's dashboards sidecar does not load.");

  /** The check. */
  public WiringDashboardNotLoadedCheck() {
    super(INFO, GrafanaSidecar::dashboards, ConfigMapFiles::dashboards, "dashboard",
        "Grafana never shows the dashboard");
  }
}
