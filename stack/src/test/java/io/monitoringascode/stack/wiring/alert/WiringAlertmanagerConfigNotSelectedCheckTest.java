package io.monitoringascode.stack.wiring.alert;

import static io.monitoringascode.stack.wiring.alert.WiringFixtures.document;
import static io.monitoringascode.stack.wiring.alert.WiringFixtures.values;
import static io.monitoringascode.stack.wiring.alert.WiringFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringAlertmanagerConfigNotSelectedCheckTest {
  private static final RuleId ID = RuleId.of("wiring/alertmanager-config-not-selected");

  private static List<Finding> check(StackView view) {
    return new WiringAlertmanagerConfigNotSelectedCheck().run(view, CheckContext.none());
  }

  @Test
  void tutorialConfig_carriesTheSelectedLabel_isSelected() {
    List<RenderedDocument> objects = new ArrayList<>(WiringFixtures.tutorialObjects("alertmanager-config.yaml"));
    StackView view = new StackView(objects, List.of(), List.of(WiringFixtures.tutorialValues()));

    assertThat(check(view)).isEmpty();
  }

  @Test
  void configWithoutTheSelectedLabel_reportsTheLabelToAdd() {
    RenderedDocument config = document("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: slack, labels: {app: prometheus}}
        """);

    assertThat(check(view(WiringFixtures.tutorialValues(), config))).containsExactly(new Finding(ID,
        Severity.ERROR, Location.in("k8s-monitoring-ns/alertmanagerconfig-slack.yaml", 0, "/metadata/labels"),
        "AlertmanagerConfig `slack` does not meet `resource=prometheus` of the Alertmanager's"
            + " `alertmanagerConfigSelector`, so its routes and receivers are silently not loaded.",
        Optional.of("Add `resource: prometheus` to `metadata.labels`, or change"
            + " `alertmanager.alertmanagerSpec.alertmanagerConfigSelector`"
            + " (`/alertmanager/alertmanagerSpec/alertmanagerConfigSelector` in `values/kube-prometheus-stack.yaml`)"
            + " to select it.")));
  }

  @Test
  void excludedLabel_reportsTheLabelToRemove() {
    ChartRelease release = values("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigSelector: {matchExpressions: [{key: draft, operator: DoesNotExist}]}
        """);
    RenderedDocument config = document("""
        kind: AlertmanagerConfig
        metadata: {name: slack, labels: {draft: "true"}}
        """);

    assertThat(check(view(release, config))).singleElement().satisfies(finding ->
        assertThat(finding.hint()).hasValueSatisfying(hint -> assertThat(hint)
            .startsWith("Remove `draft` from `metadata.labels`, or change")));
  }

  @Test
  void configInAnotherNamespace_withNullNamespaceSelector_reportsTheNamespace() {
    ChartRelease release = values("alertmanager: {alertmanagerSpec: {alertmanagerConfigNamespaceSelector: null}}");
    RenderedDocument config = document("""
        kind: AlertmanagerConfig
        metadata: {name: slack, namespace: apps}
        """);

    assertThat(check(view(release, config))).containsExactly(new Finding(ID, Severity.ERROR,
        Location.in("apps/alertmanagerconfig-slack.yaml", 0, "/metadata/namespace"),
        "AlertmanagerConfig `slack` is in namespace `apps`, which the Alertmanager's"
            + " `alertmanagerConfigNamespaceSelector` does not select (it is `null`: only the Alertmanager's own"
            + " namespace `k8s-monitoring-ns`), so its routes and receivers are silently not loaded.",
        Optional.of("Move it to namespace `k8s-monitoring-ns`, or set"
            + " `alertmanager.alertmanagerSpec.alertmanagerConfigNamespaceSelector`"
            + " (`/alertmanager/alertmanagerSpec/alertmanagerConfigNamespaceSelector` in"
            + " `values/kube-prometheus-stack.yaml`) to `{}` to select every namespace.")));
  }

  @Test
  void namespaceSelectorByName_hintsToMoveTheConfig_notToLabelTheNamespace() {
    ChartRelease release = values("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigNamespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
        """);
    RenderedDocument config = document("""
        kind: AlertmanagerConfig
        metadata: {name: slack, namespace: apps}
        """);

    assertThat(check(view(release, config))).singleElement().satisfies(finding -> assertThat(finding.hint())
        .hasValue("Move it to a namespace that `kubernetes.io/metadata.name=monitoring` selects, or change"
            + " `alertmanager.alertmanagerSpec.alertmanagerConfigNamespaceSelector`"
            + " (`/alertmanager/alertmanagerSpec/alertmanagerConfigNamespaceSelector` in"
            + " `values/kube-prometheus-stack.yaml`) to select it."));
  }

  @Test
  void namespaceSelectorOnLabelsOfAnUndeclaredNamespace_isSilent() {
    ChartRelease release = values("""
        alertmanager: {alertmanagerSpec: {alertmanagerConfigNamespaceSelector: {matchLabels: {team: a}}}}
        """);
    RenderedDocument config = document("""
        kind: AlertmanagerConfig
        metadata: {name: slack, namespace: apps}
        """);

    assertThat(check(view(release, config))).isEmpty();
  }

  @Test
  void disabledAlertmanager_orNoRelease_isSilent() {
    RenderedDocument config = document("""
        kind: AlertmanagerConfig
        metadata: {name: slack}
        """);

    assertThat(check(view(values("""
        alertmanager: {enabled: false, alertmanagerSpec: {alertmanagerConfigSelector: {matchLabels: {a: b}}}}
        """), config))).isEmpty();
    assertThat(check(StackView.of(List.of(config)))).isEmpty();
  }
}
