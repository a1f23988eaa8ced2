package io.monitoringascode.stack.wiring.grafana;

import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.GrafanaSidecar;

/**
 * {@code wiring/datasource-not-loaded}: a ConfigMap of the stack that carries a data-source provisioning file (a
 * {@code data} key ending in {@code .yaml} or {@code .yml} with a {@code datasources} list) which kube-prometheus-stack's
 * Grafana sidecar does not load: the sidecar is off, reads Secrets only, the ConfigMap lacks its label
 * ({@code grafana.sidecar.datasources.label} and {@code labelValue}, {@code grafana_datasource: "1"} by default), or
 * lives outside the namespaces it searches (by default Grafana's own only).
 */
public final class WiringDatasourceNotLoadedCheck extends SidecarLoadingCheck {
  private static final RuleInfo INFO = RuleInfo.of("wiring/datasource-not-loaded", Severity.ERROR,
      "A ConfigMap with data sources that Grafana's data-sources sidecar does not load.");

  /** The check. */
  public WiringDatasourceNotLoadedCheck() {
    super(INFO, GrafanaSidecar::datasources, ConfigMapFiles::dataSourceFiles, "data-source file",
        "Grafana never provisions its data sources");
  }
}
