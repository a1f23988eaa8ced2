package io.monitoringascode.stack.values;

/**
 * How the operator scopes the routes of each AlertmanagerConfig. Renders to
 * {@code alertmanager.alertmanagerSpec.alertmanagerConfigMatcherStrategy.type}; the operator's default is
 * {@link #ON_NAMESPACE}.
 */
public enum ConfigMatcherStrategy {
  /** Each AlertmanagerConfig only sees alerts whose {@code namespace} label is its own namespace. */
  ON_NAMESPACE("OnNamespace"),
  /** As {@link #ON_NAMESPACE}, except AlertmanagerConfigs in Alertmanager's own namespace see every alert. */
  ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE("OnNamespaceExceptForAlertmanagerNamespace"),
  /** No namespace matcher is added: every AlertmanagerConfig sees every alert. */
  NONE("None");

  private final String crdValue;

  ConfigMatcherStrategy(String crdValue) {
    this.crdValue = crdValue;
  }

  /**
   * The value the CRD reads.
   *
   * @return for example {@code OnNamespace}
   */
  public String crdValue() {
    return crdValue;
  }
}
