package io.monitoringascode.alerting.assembly;

/**
 * How the operator scopes each AlertmanagerConfig to its namespace: the Alertmanager resource's
 * {@code spec.alertmanagerConfigMatcherStrategy.type}. The operator's default is {@link #ON_NAMESPACE}.
 */
public enum MatcherStrategy {
  /** {@code OnNamespace}: routes and inhibit rules get the matcher {@code namespace="<the config's namespace>"}. */
  ON_NAMESPACE,
  /**
   * {@code OnNamespaceExceptForAlertmanagerNamespace}: as {@link #ON_NAMESPACE}, except that configs in the
   * Alertmanager's own namespace get no matcher and see every alert.
   */
  ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE,
  /** {@code None}: no namespace matcher; every config sees every alert. */
  NONE
}
