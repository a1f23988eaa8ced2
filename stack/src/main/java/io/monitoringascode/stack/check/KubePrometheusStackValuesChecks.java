package io.monitoringascode.stack.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.values.ChartValues;
import java.util.List;

/** The registry of kube-prometheus-stack's semantic values checks, in the order they run. */
public final class KubePrometheusStackValuesChecks {
  private static final List<Check<ChartValues>> ALL = List.of(
      new ValuesGrafanaAdminPasswordCheck(),
      new ValuesEmptySelectorCheck());

  private KubePrometheusStackValuesChecks() {}

  /**
   * Every check.
   *
   * @return the checks
   */
  public static List<Check<ChartValues>> all() {
    return ALL;
  }
}
