package io.monitoringascode.alerting.assembly;

import io.monitoringascode.alerting.route.LabelMatcher;
import java.util.Optional;

/**
 * How the operator scopes each AlertmanagerConfig to its namespace: the Alertmanager resource's
 * {@code spec.alertmanagerConfigMatcherStrategy.type} (in kube-prometheus-stack values,
 * {@code alertmanager.alertmanagerSpec.alertmanagerConfigMatcherStrategy.type}). The operator's default is
 * {@link #ON_NAMESPACE}.
 */
public enum MatcherStrategy {
  /** {@code OnNamespace}: routes and inhibit rules get the matcher {@code namespace="<the config's namespace>"}. */
  ON_NAMESPACE("OnNamespace"),
  /**
   * {@code OnNamespaceExceptForAlertmanagerNamespace}: as {@link #ON_NAMESPACE}, except that configs in the
   * Alertmanager's own namespace get no matcher and see every alert.
   */
  ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE("OnNamespaceExceptForAlertmanagerNamespace"),
  /** {@code None}: no namespace matcher; every config sees every alert. */
  NONE("None");

  private final String crdValue;

  MatcherStrategy(String crdValue) {
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

  /**
   * The matcher the operator adds to the first-level route and the inhibit rules of an AlertmanagerConfig.
   *
   * @param configNamespace the AlertmanagerConfig's namespace
   * @param alertmanagerNamespace the namespace of the Alertmanager resource
   * @return {@code namespace="<configNamespace>"}, or empty when this strategy adds none for that namespace
   */
  public Optional<LabelMatcher> scope(String configNamespace, String alertmanagerNamespace) {
    boolean scoped = switch (this) {
      case ON_NAMESPACE -> true;
      case ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE -> !configNamespace.equals(alertmanagerNamespace);
      case NONE -> false;
    };
    return scoped ? Optional.of(LabelMatcher.equal("namespace", configNamespace)) : Optional.empty();
  }

  /**
   * The strategy a CRD value names.
   *
   * @param crdValue such as {@code OnNamespace}
   * @return the strategy, or empty for any other text
   */
  public static Optional<MatcherStrategy> fromCrdValue(String crdValue) {
    for (MatcherStrategy strategy : values()) {
      if (strategy.crdValue.equals(crdValue)) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }
}
