package io.monitoringascode.stack;

import io.monitoringascode.alerting.check.AlertingChecks;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.schema.CrdSchemas;
import io.monitoringascode.prometheus.check.PrometheusChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Every document check of the library in one list: the Prometheus-Operator monitors and rules, then the Alertmanager
 * configuration. The stack and the command line both check documents through {@link #documentChecker()}.
 */
public final class StackChecks {
  private static final DocumentChecker CHECKER = new DocumentChecker(types(), CrdSchemas.bundled());

  private StackChecks() {}

  /**
   * The document types the library knows, each with its checks.
   *
   * @return the types, in report order
   */
  public static List<DocumentType<?>> types() {
    List<DocumentType<?>> types = new ArrayList<>(PrometheusChecks.types());
    types.addAll(AlertingChecks.types());
    return List.copyOf(types);
  }

  /**
   * A checker that validates documents against the closed CRD schemas and runs every check that applies.
   *
   * @return the shared checker; it is stateless and thread-safe
   */
  public static DocumentChecker documentChecker() {
    return CHECKER;
  }
}
