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

class WiringAlertNotDeliveredCheckTest {
  private static final RuleId ID = RuleId.of("wiring/alert-not-delivered");
  private static final String RULES_FILE = "k8s-monitoring-ns/prometheusrule-prometheus-demo-app-rules.yaml";

  /** The tutorial's AlertmanagerConfig: every alert to Slack. */
  private static final RenderedDocument SLACK = document("""
      apiVersion: monitoring.coreos.com/v1alpha1
      kind: AlertmanagerConfig
      metadata: {name: slack}
      spec:
        route: {receiver: slack, groupBy: [severity]}
        receivers:
        - name: slack
          slackConfigs: [{apiURL: {name: slack-webhook-secret, key: webhook-url}, channel: "#alerts"}]
      """);

  private static List<Finding> check(StackView view) {
    return new WiringAlertNotDeliveredCheck().run(view, CheckContext.none());
  }

  private static RenderedDocument rules(String rules) {
    return document("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: prometheus-demo-app-rules}
        spec:
          groups:
          - name: demo
            rules:
        """ + rules.indent(4));
  }

  private static List<String> alertsReported(StackView view) {
    return check(view).stream().map(finding -> finding.location().pointer()).toList();
  }

  @Test
  void tutorialStack_absentAndVectorAlerts_reportedWithTheNamespaceMatcherAsTheCause() {
    List<RenderedDocument> objects = new ArrayList<>(WiringFixtures.tutorialObjects("alertmanager-config.yaml"));
    objects.addAll(WiringFixtures.tutorialObjects("prometheusrules.yaml"));
    StackView view = new StackView(objects, List.of(), List.of(WiringFixtures.tutorialValues()));

    List<Finding> findings = check(view);

    // DeploymentReplicasMismatch keeps the `namespace` of kube-state-metrics' series, which is not known offline.
    assertThat(findings).extracting(finding -> finding.location().pointer()).containsExactly(
        "/spec/groups/0/rules/1/alert", "/spec/groups/0/rules/2/alert", "/spec/groups/1/rules/0/alert");
    assertThat(findings.get(0)).isEqualTo(new Finding(ID, Severity.ERROR,
        Location.in(RULES_FILE, 0, "/spec/groups/0/rules/1/alert"),
        "Alert `TargetMissing` goes only to receiver `null`, which has no integration, because the"
            + " AlertmanagerConfig `prometheus-demo-app-alert-config` only receives alerts with"
            + " `namespace=\"k8s-monitoring-ns\"` (injected by matcher strategy `OnNamespace`) and the results of"
            + " `absent(up{job=\"prometheus-demo-app-svc\"})` carry no `namespace` label, so it notifies nobody.",
        Optional.of("Add `namespace: k8s-monitoring-ns` to this rule's `labels`, set"
            + " `alertmanager.alertmanagerSpec.alertmanagerConfigMatcherStrategy.type: None`"
            + " (`/alertmanager/alertmanagerSpec/alertmanagerConfigMatcherStrategy` in"
            + " `values/kube-prometheus-stack.yaml`), or route the alert in `alertmanager.config.route`"
            + " (`/alertmanager/config/route` in `values/kube-prometheus-stack.yaml`).")));
    assertThat(findings.get(2).message()).contains("Alert `SlackTestAlert`", "the results of `vector(1)` carry no"
        + " `namespace` label");
  }

  @Test
  void staticNamespaceLabel_reachesTheConfig() {
    RenderedDocument rules = rules("""
        - alert: TargetMissing
          expr: absent(up{job="demo"})
          labels: {severity: critical, namespace: k8s-monitoring-ns}
        """);

    assertThat(check(view(values("{}"), SLACK, rules))).isEmpty();
  }

  @Test
  void receiverWithAnIntegrationTheTypedModelLacks_notifies() {
    RenderedDocument rules = rules("""
        - alert: TargetMissing
          expr: absent(up{job="demo"})
          labels: {severity: critical, namespace: k8s-monitoring-ns}
        """);
    String config = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: oncall, namespace: k8s-monitoring-ns}
        spec:
          route: {receiver: oncall}
          receivers:
          - name: oncall
        """;

    assertThat(check(view(values("{}"), document(config
        + "    opsgenieConfigs: [{apiKey: {name: opsgenie, key: api-key}}]\n"), rules))).isEmpty();
  }

  @Test
  void namespaceFromTheExpressionsMatchers_reachesTheConfig_orNamesTheOtherNamespace() {
    RenderedDocument rules = rules("""
        - alert: Same
          expr: absent(up{job="demo", namespace="k8s-monitoring-ns"})
        - alert: Other
          expr: up{job="demo", namespace="apps"} == 0
        """);

    List<Finding> findings = check(view(values("{}"), SLACK, rules));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/1/alert");
      assertThat(finding.message()).contains("and the alert's `namespace` is `apps`,");
    });
  }

  @Test
  void matcherStrategyNone_letsTheConfigSeeEveryAlert() {
    RenderedDocument rules = rules("""
        - alert: SlackTestAlert
          expr: vector(1)
        """);
    ChartRelease none = values("alertmanager: {alertmanagerSpec: {alertmanagerConfigMatcherStrategy: {type: None}}}");

    assertThat(check(view(none, SLACK, rules))).isEmpty();
    assertThat(check(view(values("{}"), SLACK, rules))).hasSize(1);
  }

  @Test
  void labelsWithUnknownValues_areNotReported() {
    RenderedDocument rules = rules("""
        - alert: TargetDown
          expr: up{job="demo"} == 0
        - alert: HighErrors
          expr: sum by (namespace) (rate(errors_total[5m])) > 1
        - alert: Templated
          expr: vector(1)
          labels: {namespace: "{{ $labels.ns }}"}
        """);

    assertThat(check(view(values("{}"), SLACK, rules))).isEmpty();
  }

  @Test
  void configRouteMatcher_certainlyFailed_isNamedWithTheLabelToSet() {
    RenderedDocument critical = document("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: pager}
        spec:
          route:
            receiver: pager
            matchers: [{name: severity, value: critical}]
          receivers:
          - name: pager
            webhookConfigs: [{url: "http://pager.example"}]
        """);
    RenderedDocument rules = rules("""
        - alert: DiskFilling
          expr: disk_free{namespace="k8s-monitoring-ns"} < 10
          labels: {severity: warning}
        """);
    ChartRelease none = values("alertmanager: {alertmanagerSpec: {alertmanagerConfigMatcherStrategy: {type: None}}}");

    assertThat(check(view(none, critical, rules))).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("Alert `DiskFilling` goes only to receiver `null`, which has no"
          + " integration, because the AlertmanagerConfig `pager` only receives alerts with `severity=\"critical\"`"
          + " and the alert's `severity` is `warning`, so it notifies nobody.");
      assertThat(finding.hint()).contains("Add `severity: critical` to this rule's `labels`, add a route for it to"
          + " the AlertmanagerConfig `pager`, or route it in `alertmanager.config.route`"
          + " (`/alertmanager/config/route` in `values/kube-prometheus-stack.yaml`).");
    });
  }

  @Test
  void nestedRoutesAndContinue_anyPossibleReceiverWithAnIntegration_isNotReported() {
    RenderedDocument nested = document("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: teams}
        spec:
          route:
            receiver: blackhole
            routes:
            - receiver: db
              matchers: [{name: team, value: db}]
              continue: true
            - receiver: blackhole
              matchers: [{name: severity, value: info}]
          receivers:
          - name: blackhole
          - name: db
            webhookConfigs: [{url: "http://db.example"}]
        """);
    RenderedDocument rules = rules("""
        - alert: ReplicationLag
          expr: mysql_lag{namespace="k8s-monitoring-ns"} > 30
        - alert: Quiet
          expr: vector(1)
          labels: {namespace: k8s-monitoring-ns, severity: info}
        """);

    // ReplicationLag may carry `team="db"`; Quiet ends on the config's own silent receiver, which is deliberate.
    assertThat(check(view(values("{}"), nested, rules))).isEmpty();
  }

  @Test
  void baseConfigRoutesToNullOnPurpose_isNotReported_butFallingThroughIs() {
    ChartRelease release = values("""
        alertmanager:
          config:
            route:
              routes:
              - {receiver: "null", matchers: ['alertname = "InfoInhibitor"']}
        """);
    RenderedDocument rules = rules("""
        - alert: InfoInhibitor
          expr: vector(1)
        - alert: Forgotten
          expr: vector(1)
        """);

    assertThat(check(view(release, rules))).singleElement().satisfies(finding -> {
      assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/1/alert");
      assertThat(finding.message()).isEqualTo("Alert `Forgotten` goes only to receiver `null`, which has no"
          + " integration, because no selected AlertmanagerConfig routes alerts to a receiver that notifies, and the"
          + " root route of `alertmanager.config` sends every alert no other route takes to `null`, so it notifies"
          + " nobody.");
    });
  }

  @Test
  void externalLabels_areAddedToEveryAlert() {
    RenderedDocument byCluster = document("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: cluster}
        spec:
          route:
            receiver: ops
            matchers: [{name: cluster, value: prod}]
          receivers:
          - name: ops
            webhookConfigs: [{url: "http://ops.example"}]
        """);
    RenderedDocument rules = rules("""
        - alert: Heartbeat
          expr: vector(1)
          labels: {namespace: k8s-monitoring-ns}
        """);
    ChartRelease prod = values("prometheus: {prometheusSpec: {externalLabels: {cluster: prod}}}");
    ChartRelease dev = values("prometheus: {prometheusSpec: {externalLabels: {cluster: dev}}}");

    assertThat(check(view(prod, byCluster, rules))).isEmpty();
    assertThat(check(view(dev, byCluster, rules))).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("the alert's `cluster` is `dev`"));
  }

  @Test
  void unknownParts_areSilent() {
    RenderedDocument rules = rules("""
        - alert: Forgotten
          expr: vector(1)
        """);

    assertThat(check(view(values("alertmanager: {alertmanagerSpec: {useExistingSecret: true}}"), rules))).isEmpty();
    assertThat(check(view(values("prometheus: {prometheusSpec: {alertingEndpoints: [{name: am}]}}"), rules)))
        .isEmpty();
    assertThat(check(view(values("alertmanager: {enabled: false}"), rules))).isEmpty();
    assertThat(check(view(values("""
        alertmanager: {alertmanagerSpec: {alertmanagerConfigNamespaceSelector: {matchLabels: {team: a}}}}
        """), SLACK, rules))).isEmpty();
    assertThat(check(StackView.of(List.of(rules)))).isEmpty();
  }

  @Test
  void syntaxErrors_areLeftToPromqlSyntax() {
    assertThat(check(view(values("{}"), rules("""
        - alert: Broken
          expr: sum(
        """)))).isEmpty();
  }
}
