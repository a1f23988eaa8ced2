package io.monitoringascode.stack.wiring.alert;

import static io.monitoringascode.stack.wiring.alert.WiringFixtures.document;
import static io.monitoringascode.stack.wiring.alert.WiringFixtures.values;
import static io.monitoringascode.stack.wiring.alert.WiringFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.alert.AlertmanagerSelection.Verdict;
import org.junit.jupiter.api.Test;

class AlertmanagerSelectionTest {
  private static final RenderedDocument CONFIG = document("""
      apiVersion: monitoring.coreos.com/v1alpha1
      kind: AlertmanagerConfig
      metadata: {name: slack, namespace: apps, labels: {resource: prometheus}}
      spec: {}
      """);

  private static AlertmanagerSelection selection(String values) {
    return AlertmanagerSelection.of(values(values)).orElseThrow();
  }

  @Test
  void chartDefaults_selectEveryConfigInEveryNamespace_onNamespace() {
    AlertmanagerSelection selection = selection("{}");

    assertThat(selection.namespace()).isEqualTo(WiringFixtures.NAMESPACE);
    assertThat(selection.configSelector().orElseThrow().isEmpty()).isTrue();
    assertThat(selection.namespaceSelector().orElseThrow().isEmpty()).isTrue();
    assertThat(selection.matcherStrategy()).contains(MatcherStrategy.ON_NAMESPACE);
    assertThat(selection.baseConfig().orElseThrow().at("/route/receiver").asText()).isEqualTo("null");
    assertThat(selection.select(CONFIG, view(values("{}")))).isEqualTo(Verdict.SELECTED);
  }

  @Test
  void emptyOrNullConfigSelector_rendersAsEverything() {
    assertThat(selection("alertmanager: {alertmanagerSpec: {alertmanagerConfigSelector: null}}")
        .configSelector().orElseThrow().isEmpty()).isTrue();
    assertThat(selection("alertmanager: {alertmanagerSpec: {alertmanagerConfigSelector: {}}}")
        .configSelector().orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void matchExpressions_selectByLabels() {
    ChartRelease release = values("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigSelector:
              matchExpressions: [{key: resource, operator: In, values: [prometheus, loki]}]
        """);
    AlertmanagerSelection selection = AlertmanagerSelection.of(release).orElseThrow();

    assertThat(selection.select(CONFIG, view(release))).isEqualTo(Verdict.SELECTED);
    assertThat(selection.select(document("""
        kind: AlertmanagerConfig
        metadata: {name: other, labels: {resource: grafana}}
        """), view(release))).isEqualTo(Verdict.NOT_SELECTED);
  }

  @Test
  void nullNamespaceSelector_selectsTheAlertmanagersOwnNamespaceOnly() {
    ChartRelease release = values("""
        alertmanager: {namespaceOverride: alerting, alertmanagerSpec: {alertmanagerConfigNamespaceSelector: null}}
        """);
    AlertmanagerSelection selection = AlertmanagerSelection.of(release).orElseThrow();

    assertThat(selection.namespace()).isEqualTo("alerting");
    assertThat(selection.namespaceSelector()).isEmpty();
    assertThat(selection.select(CONFIG, view(release))).isEqualTo(Verdict.NOT_SELECTED);
    assertThat(selection.select(document("""
        kind: AlertmanagerConfig
        metadata: {name: own, namespace: alerting}
        """), view(release))).isEqualTo(Verdict.SELECTED);
  }

  @Test
  void namespaceSelector_undeclaredNamespace_isUnknownUnlessTheNameLabelDecides() {
    ChartRelease byTeam = values("""
        alertmanager: {alertmanagerSpec: {alertmanagerConfigNamespaceSelector: {matchLabels: {team: a}}}}
        """);
    ChartRelease byName = values("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigNamespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
        """);
    RenderedDocument namespace = document("""
        kind: Namespace
        metadata: {name: apps, labels: {team: a}}
        """);

    assertThat(AlertmanagerSelection.of(byTeam).orElseThrow().select(CONFIG, view(byTeam)))
        .isEqualTo(Verdict.UNKNOWN);
    assertThat(AlertmanagerSelection.of(byTeam).orElseThrow().select(CONFIG, view(byTeam, namespace)))
        .isEqualTo(Verdict.SELECTED);
    assertThat(AlertmanagerSelection.of(byName).orElseThrow().select(CONFIG, view(byName)))
        .isEqualTo(Verdict.NOT_SELECTED);
  }

  @Test
  void disabledAlertmanager_hasNoSelection() {
    assertThat(AlertmanagerSelection.of(values("alertmanager: {enabled: false}"))).isEmpty();
  }

  @Test
  void baseConfig_ownConfigMergesOverTheDefault_unlessTakenFromElsewhere() {
    JsonNode route = selection("alertmanager: {config: {route: {receiver: team}}}").baseConfig().orElseThrow()
        .path("route");
    assertThat(route.path("receiver").asText()).isEqualTo("team");
    assertThat(route.path("group_by")).hasToString("[\"namespace\"]");
    assertThat(selection("alertmanager: {alertmanagerSpec: {useExistingSecret: true}}").baseConfig()).isEmpty();
    assertThat(selection("alertmanager: {alertmanagerSpec: {alertmanagerConfiguration: {name: global}}}")
        .baseConfig()).isEmpty();
    assertThat(selection("alertmanager: {tplConfig: true}").baseConfig()).isEmpty();
  }

  @Test
  void matcherStrategy_readsTheType_andRefusesUnknownOnes() {
    assertThat(selection("alertmanager: {alertmanagerSpec: {alertmanagerConfigMatcherStrategy: {type: None}}}")
        .matcherStrategy()).contains(MatcherStrategy.NONE);
    assertThat(selection("alertmanager: {alertmanagerSpec: {alertmanagerConfigMatcherStrategy: {type: Nope}}}")
        .matcherStrategy()).isEmpty();
  }
}
