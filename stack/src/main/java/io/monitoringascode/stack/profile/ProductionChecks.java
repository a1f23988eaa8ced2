package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;

/**
 * The rules of production readiness ({@code production/*}): advice at {@code INFO} by default, warnings under
 * {@link Profile#PRODUCTION}. They read the stack's Helm releases against their charts' defaults.
 */
public final class ProductionChecks {
  private static final List<Check<StackView>> ALL = List.of(
      new ProductionPersistenceCheck(),
      new ProductionReplicasCheck(),
      new ProductionResourcesCheck(),
      new ProductionRetentionCheck(),
      new ProductionGrafanaDefaultPasswordCheck(),
      new ProductionIngressTlsCheck(),
      new ProductionIngressAuthCheck(),
      new ProductionAlertReceiverCheck(),
      new ProductionInhibitRulesCheck(),
      new ProductionLokiFilesystemCheck());

  private ProductionChecks() {}

  /**
   * Every production rule, in report order.
   *
   * @return the checks
   */
  public static List<Check<StackView>> all() {
    return ALL;
  }
}
