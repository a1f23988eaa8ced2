package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingNamespaceMatcherCheckTest {
  private final AlertingNamespaceMatcherCheck check = new AlertingNamespaceMatcherCheck();

  @Test
  void rootRoute_withNamespaceRegex_warnsItIsReplaced() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-alerts, namespace: ops}
        spec:
          route:
            receiver: slack
            matchers:
              - {name: severity, value: critical}
              - {name: namespace, matchType: '=~', value: 'team-a|team-b'}
        """;

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/namespace-matcher", Severity.WARNING,
        "/spec/route/matchers/1",
        "Matcher `namespace=~\"team-a|team-b\"` in the root route is replaced by the operator with"
            + " `namespace=\"ops\"`, so alerts from other namespaces never reach these routes.",
        "Remove the matcher, or set `alertmanagerConfigMatcherStrategy.type: None` on the Alertmanager if this"
            + " AlertmanagerConfig must route alerts of other namespaces."));
  }

  @Test
  void rootRoute_withNamespaceEqualityAndNoNamespace_namesItsOwnNamespace() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-alerts}
        spec:
          route:
            receiver: slack
            matchers: [{name: namespace, value: team-a}]
        """;

    assertThat(onModel(check, yaml)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "Matcher `namespace=\"team-a\"` in the root route is replaced by the operator with the namespace of this"
            + " AlertmanagerConfig, so alerts from other namespaces never reach these routes."));
  }

  @Test
  void rootRoute_withNegativeNamespaceMatcher_passes() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-alerts}
        spec:
          route:
            receiver: slack
            matchers: [{name: namespace, matchType: '!=', value: kube-system}]
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void childRoute_withNamespaceMatcher_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-alerts}
        spec:
          route:
            receiver: slack
            routes:
              - matchers: [{name: namespace, value: team-a}]
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }
}
