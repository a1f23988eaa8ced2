package io.monitoringascode.stack.wiring.scrape;

import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.inNamespace;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.object;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.read;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.tutorial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The target checks on the tutorial's demo app, with its typical mistakes, and on the real-world corpus. */
class RealWorldTargetsTest {
  private static final String NS = "k8s-monitoring-ns";
  private static final List<Check<StackView>> CHECKS = List.of(new WiringNoTargetCheck(), new WiringTargetPortCheck(),
      new WiringJobLabelCheck(), new WiringTargetLabelCheck());

  private static List<Finding> run(List<RenderedDocument> documents) {
    List<Finding> findings = new ArrayList<>();
    CHECKS.forEach(check -> findings.addAll(check.run(StackView.of(documents), CheckContext.none())));
    return findings;
  }

  /** The tutorial's Service, Deployment and ServiceMonitor, each text changed by {@code edit}. */
  private static List<RenderedDocument> demoApp(String namespace, String serviceFrom, String serviceTo,
      String monitorFrom, String monitorTo) {
    List<RenderedDocument> documents = new ArrayList<>();
    documents.add(edited("demo_app_service.yaml", namespace, serviceFrom, serviceTo));
    documents.addAll(tutorial("demo_app_deployment.yaml", namespace));
    documents.add(edited("service-monitor.yaml", namespace, monitorFrom, monitorTo));
    return documents;
  }

  private static RenderedDocument edited(String file, String namespace, String from, String to) {
    String text = read(SharedData.require("reference", "tutorial-repo", "k8s", file));
    assertThat(text).contains(from);
    return inNamespace(DocumentReader.read(text.replace(from, to)).get(0), namespace);
  }

  @Test
  void tutorial_asWritten_noFinding() {
    assertThat(run(demoApp(NS, "", "", "", ""))).isEmpty();
    // As `mac check k8s/` reads the files: without a namespace.
    assertThat(run(demoApp("", "", "", "", ""))).isEmpty();
  }

  @Test
  void tutorial_monitorPortHttpWhereServiceNamesItWeb_reportsTheFix() {
    assertThat(run(demoApp(NS, "- name: prometheus-demo-app-port", "- name: web",
        "port: prometheus-demo-app-port", "port: http")))
        .containsExactly(new Finding(RuleId.of("wiring/target-port"), Severity.ERROR,
            Location.in(NS + "/servicemonitor-prometheus-demo-app-svc-monitor.yaml", 0, "/spec/endpoints/0/port"),
            "Endpoint port `http` names no port of the selected Service `prometheus-demo-app-svc` (port `web`), so"
                + " Prometheus drops every target of this endpoint.",
            Optional.of("Set `spec.endpoints[0].port` to `web`, the only port name of Service"
                + " `prometheus-demo-app-svc`.")));
  }

  @Test
  void tutorial_monitorPortByNumber_hintsTheName() {
    assertThat(run(demoApp(NS, "", "", "port: prometheus-demo-app-port", "port: \"3000\"")))
        .extracting(finding -> finding.hint().orElseThrow())
        .containsExactly("Set `spec.endpoints[0].port` to `prometheus-demo-app-port`, the name of port 3000 of"
            + " Service `prometheus-demo-app-svc`; `port` takes the Service port's name, not its number or"
            + " `targetPort`.");
  }

  @Test
  void tutorial_monitorSelectsTheDeploymentsLabel_reportsNoTarget() {
    assertThat(run(demoApp(NS, "", "", "app: prometheus-demo-app-svc", "app: prometheus-demo-app")))
        .containsExactly(new Finding(RuleId.of("wiring/no-target"), Severity.ERROR,
            Location.in(NS + "/servicemonitor-prometheus-demo-app-svc-monitor.yaml", 0, "/spec/selector"),
            "ServiceMonitor `prometheus-demo-app-svc-monitor` selects no Service: none in namespace"
                + " `k8s-monitoring-ns` matches `app=prometheus-demo-app`, so Prometheus has nothing to scrape.",
            Optional.of("Make `spec.selector` and `metadata.labels` of Service `prometheus-demo-app-svc`, the nearest,"
                + " agree: it lacks `app=prometheus-demo-app` (it has `app=prometheus-demo-app-svc`).")));
  }

  @Test
  void tutorial_jobLabelTheServiceLacks_warns() {
    assertThat(run(demoApp(NS, "    job: prometheus-demo-app-svc\n", "", "", "")))
        .extracting(finding -> finding.ruleId().value(), Finding::severity)
        .containsExactly(tuple("wiring/job-label", Severity.WARNING));
  }

  @Test
  void tutorial_podMonitorOnTheUnnamedContainerPort_hintsPortNumber() {
    List<RenderedDocument> documents = new ArrayList<>(demoApp(NS, "", "", "", ""));
    documents.add(object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: demo}
        spec:
          selector: {matchLabels: {app: prometheus-demo-app}}
          podMetricsEndpoints: [{port: prometheus-demo-app-port, path: /swagger-stats/metrics}]
        """, NS));
    assertThat(run(documents)).containsExactly(new Finding(RuleId.of("wiring/target-port"), Severity.ERROR,
        Location.in(NS + "/podmonitor-demo.yaml", 0, "/spec/podMetricsEndpoints/0/port"),
        "Endpoint port `prometheus-demo-app-port` names no container port of the pods of Deployment"
            + " `prometheus-demo-app` (none has a name), so Prometheus drops every target of this endpoint.",
        Optional.of("Replace `spec.podMetricsEndpoints[0].port` with `portNumber: 3000`, or name container port 3000"
            + " of Deployment `prometheus-demo-app` and set `spec.podMetricsEndpoints[0].port` to that name."
            + " `prometheus-demo-app-port` is the name of a port of Service `prometheus-demo-app-svc`; a PodMonitor"
            + " takes the container's port.")));
  }

  @Test
  void corpusMonitors_eachAlone_noFinding() {
    for (RenderedDocument monitor : corpusMonitors()) {
      assertThat(run(List.of(monitor))).as(monitor.file()).isEmpty();
    }
  }

  @Test
  void corpusMonitors_withTheirServicesAndUnrelatedObjects_noFinding() {
    List<RenderedDocument> documents = new ArrayList<>(corpusMonitors());
    // The Services of kube-prometheus' manifests the corpus' ServiceMonitors scrape: their labels and port names.
    documents.add(service("alertmanager-main", """
        {app.kubernetes.io/component: alert-router, app.kubernetes.io/instance: main,
         app.kubernetes.io/name: alertmanager, app.kubernetes.io/part-of: kube-prometheus}""",
        "[{name: web, port: 9093, targetPort: web}, {name: reloader-web, port: 8080, targetPort: reloader-web}]"));
    documents.add(service("blackbox-exporter", """
        {app.kubernetes.io/component: exporter, app.kubernetes.io/name: blackbox-exporter,
         app.kubernetes.io/part-of: kube-prometheus}""",
        "[{name: https, port: 9115, targetPort: https}, {name: probe, port: 19115, targetPort: http}]"));
    documents.add(service("grafana", """
        {app.kubernetes.io/component: grafana, app.kubernetes.io/name: grafana,
         app.kubernetes.io/part-of: kube-prometheus}""", "[{name: http, port: 3000, targetPort: http}]"));
    documents.add(service("node-exporter", """
        {app.kubernetes.io/component: exporter, app.kubernetes.io/name: node-exporter,
         app.kubernetes.io/part-of: kube-prometheus}""", "[{name: https, port: 9100, targetPort: https}]"));
    documents.addAll(tutorial("demo_app_service.yaml", NS));
    documents.addAll(tutorial("demo_app_deployment.yaml", NS));

    assertThat(run(documents)).isEmpty();
  }

  private static RenderedDocument service(String name, String labels, String ports) {
    return object("""
        apiVersion: v1
        kind: Service
        metadata:
          name: %s
          labels: %s
        spec:
          ports: %s
        """.formatted(name, labels.replace("\n", " "), ports), "monitoring");
  }

  private static List<RenderedDocument> corpusMonitors() {
    List<RenderedDocument> monitors = new ArrayList<>();
    for (String kind : List.of("ServiceMonitor", "PodMonitor")) {
      for (Path file : SharedData.files(SharedData.require("corpus", "real-world", kind), ".yaml")) {
        for (JsonNode tree : DocumentReader.read(read(file))) {
          monitors.add(inNamespace(tree, ""));
        }
      }
    }
    assertThat(monitors).hasSizeGreaterThanOrEqualTo(13);
    return monitors;
  }
}
