package io.monitoringascode.stack.wiring.scrape;

import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.DEPLOYMENT;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.SERVICE;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringNoTargetCheckTest {
  private static final RuleId RULE = RuleId.of("wiring/no-target");

  private static List<Finding> run(List<RenderedDocument> documents, List<RenderedDocument> external) {
    return new WiringNoTargetCheck().run(new StackView(documents, external, List.of()), CheckContext.none());
  }

  private static List<Finding> run(RenderedDocument... documents) {
    return run(List.of(documents), List.of());
  }

  private static RenderedDocument serviceMonitor(String spec) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
        """ + spec.indent(2));
  }

  private static RenderedDocument podMonitor(String spec) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: web}
        spec:
        """ + spec.indent(2));
  }

  private static Finding finding(String file, String message, String hint) {
    return new Finding(RULE, Severity.ERROR, Location.in(file, 0, "/spec/selector"), message, Optional.of(hint));
  }

  @Test
  void serviceMonitor_selectorMatchesService_passes() {
    assertThat(run(serviceMonitor("selector: {matchLabels: {app: web}}\nendpoints: [{port: http}]"), object(SERVICE)))
        .isEmpty();
  }

  @Test
  void serviceMonitor_selectorMatchesNoService_reportsNearestServiceAndMissingLabel() {
    assertThat(run(serviceMonitor("selector: {matchLabels: {app: web-svc, team: shop}}\nendpoints: [{port: http}]"),
        object(SERVICE), object(SERVICE.replace("name: web", "name: db").replace("app: web", "app: db")
            .replace("team: shop", "team: data"))))
        .containsExactly(finding("shop/servicemonitor-web.yaml",
            "ServiceMonitor `web` selects no Service: none in namespace `shop` matches `app=web-svc,team=shop`, so"
                + " Prometheus has nothing to scrape.",
            "Make `spec.selector` and `metadata.labels` of Service `web`, the nearest, agree: it lacks `app=web-svc`"
                + " (it has `app=web`)."));
  }

  @Test
  void serviceMonitor_serviceInAnotherNamespace_hintsNamespaceSelector() {
    RenderedDocument monitor = object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
        """, "monitoring");
    RenderedDocument rules = object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: web}
        spec: {groups: []}
        """, "monitoring");
    assertThat(run(monitor, rules, object(SERVICE))).containsExactly(finding("monitoring/servicemonitor-web.yaml",
        "ServiceMonitor `web` selects no Service: none in namespace `monitoring` matches `app=web`, so Prometheus has"
            + " nothing to scrape.",
        "Add `shop` to `spec.namespaceSelector.matchNames`: Service `web` matches `spec.selector` but is in namespace"
            + " `shop`."));
  }

  @Test
  void serviceMonitor_namespaceSelectorMatchNamesOrAny_findsServiceElsewhere() {
    String monitor = """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
          namespaceSelector:
        """;
    assertThat(run(object(monitor + "    matchNames: [shop]", "monitoring"), object(SERVICE))).isEmpty();
    assertThat(run(object(monitor + "    any: true", "monitoring"), object(SERVICE))).isEmpty();
    // `any` wins over `matchNames`, as in the operator.
    assertThat(run(object(monitor + "    any: true\n    matchNames: [other]", "monitoring"), object(SERVICE)))
        .isEmpty();
  }

  @Test
  void serviceMonitor_matchExpressions_areEvaluated() {
    assertThat(run(serviceMonitor("""
        selector:
          matchExpressions: [{key: app, operator: In, values: [api, web]}]
        endpoints: [{port: http}]"""), object(SERVICE))).isEmpty();
    assertThat(run(serviceMonitor("""
        selector:
          matchExpressions: [{key: team, operator: DoesNotExist}]
        endpoints: [{port: http}]"""), object(SERVICE))).hasSize(1);
  }

  @Test
  void serviceMonitor_externalService_isATarget() {
    assertThat(run(List.of(serviceMonitor("selector: {matchLabels: {app: web}}\nendpoints: [{port: http}]")),
        List.of(object(SERVICE)))).isEmpty();
  }

  @Test
  void serviceMonitor_noServiceKnown_isSilent() {
    assertThat(run(serviceMonitor("selector: {matchLabels: {app: web}}\nendpoints: [{port: http}]"),
        object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void serviceMonitor_onlyLooksInNamespacesTheViewKnowsNothingOf_isSilent() {
    // Like kube-prometheus' kubelet ServiceMonitor: its Service lives in kube-system, where the stack has no object.
    assertThat(run(serviceMonitor("""
        selector: {matchLabels: {app.kubernetes.io/name: kubelet}}
        namespaceSelector: {matchNames: [kube-system]}
        endpoints: [{port: https-metrics}]"""), object(SERVICE))).isEmpty();
  }

  @Test
  void serviceMonitor_namespaceHoldsOnlyMonitors_isSilent() {
    // Like Rook's ServiceMonitors: the operator creates their Services beside them.
    RenderedDocument monitor = object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
        """, "monitoring");
    assertThat(run(monitor, object(SERVICE))).isEmpty();
  }

  @Test
  void serviceMonitor_withoutNamespace_selectsServicesWithoutNamespace() {
    RenderedDocument monitor = object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
        """, "");
    assertThat(run(monitor, object(SERVICE, ""))).isEmpty();
    assertThat(run(monitor, object(SERVICE.replace("app: web", "app: api"), ""))).hasSize(1);
    // Objects of named namespaces say nothing about where the monitor is applied.
    assertThat(run(monitor, object(SERVICE.replace("app: web", "app: api")))).isEmpty();
  }

  @Test
  void externalMonitor_isNotChecked() {
    assertThat(run(List.of(object(SERVICE)),
        List.of(serviceMonitor("selector: {matchLabels: {app: other}}\nendpoints: [{port: http}]")))).isEmpty();
  }

  @Test
  void podMonitor_selectorMatchesPodTemplate_passes() {
    assertThat(run(podMonitor("selector: {matchLabels: {tier: front}}\npodMetricsEndpoints: [{port: metrics}]"),
        object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void podMonitor_selectorMatchesDeploymentLabelsOnly_reportsTemplateLabels() {
    RenderedDocument deployment =
        object(DEPLOYMENT.replace("name: web\nspec:", "name: web\n  labels: {app: web-deploy}\nspec:"));
    assertThat(run(podMonitor("selector: {matchLabels: {app: web-deploy}}\npodMetricsEndpoints: [{port: metrics}]"),
        deployment)).containsExactly(finding("shop/podmonitor-web.yaml",
            "PodMonitor `web` selects no pod: none in namespace `shop` matches `app=web-deploy`, so Prometheus has"
                + " nothing to scrape.",
            "Make `spec.selector` and `spec.template.metadata.labels` of Deployment `web`, the nearest, agree: it"
                + " lacks `app=web-deploy` (it has `app=web`)."));
  }

  @Test
  void podMonitor_everyWorkloadKind_isATarget() {
    List<RenderedDocument> documents = new ArrayList<>();
    documents.add(podMonitor("selector: {matchLabels: {app: batch}}\npodMetricsEndpoints: [{port: metrics}]"));
    documents.add(object("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  labels: {app: batch}
                spec:
                  containers: [{name: job, image: busybox}]
        """));
    assertThat(run(documents, List.of())).isEmpty();
    assertThat(run(podMonitor("selector: {matchLabels: {app: solo}}\npodMetricsEndpoints: [{port: metrics}]"),
        object("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: solo
              labels: {app: solo}
            spec:
              containers: [{name: solo, image: busybox}]
            """))).isEmpty();
  }

  @Test
  void podMonitor_noWorkloadKnown_isSilent() {
    assertThat(run(podMonitor("selector: {matchLabels: {app: other}}\npodMetricsEndpoints: [{port: metrics}]"),
        object(SERVICE))).isEmpty();
  }
}
