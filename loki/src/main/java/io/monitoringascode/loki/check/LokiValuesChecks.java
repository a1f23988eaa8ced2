package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.values.ChartValues;
import java.util.List;

/** The registry of the loki chart's semantic values checks, in the order they run. */
public final class LokiValuesChecks {
  private static final List<Check<ChartValues>> ALL = List.of(
      new ValuesLokiModeReplicasCheck(),
      new ValuesLokiFilesystemReplicasCheck(),
      new ValuesLokiReplicationFactorCheck(),
      new ValuesLokiSchemaConfigCheck(),
      new ValuesLokiStorageCredentialsCheck());

  private LokiValuesChecks() {}

  /**
   * Every check.
   *
   * @return the checks
   */
  public static List<Check<ChartValues>> all() {
    return ALL;
  }
}
