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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringTargetPortCheckTest {
  private static final RuleId RULE = RuleId.of("wiring/target-port");
  private static final String SM_FILE = "shop/servicemonitor-web.yaml";
  private static final String PM_FILE = "shop/podmonitor-web.yaml";

  private static List<Finding> run(RenderedDocument... documents) {
    return new WiringTargetPortCheck().run(StackView.of(List.of(documents)), CheckContext.none());
  }

  private static RenderedDocument serviceMonitor(String endpoints) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {team: shop}}
          endpoints:
        """ + endpoints.indent(4));
  }

  private static RenderedDocument podMonitor(String endpoints) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          podMetricsEndpoints:
        """ + endpoints.indent(4));
  }

  private static Finding finding(String file, String pointer, String message, String hint) {
    return new Finding(RULE, Severity.ERROR, Location.in(file, 0, pointer), message, Optional.of(hint));
  }

  @Test
  void serviceMonitor_portNamesServicePort_passes() {
    assertThat(run(serviceMonitor("- port: http"), object(SERVICE), object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void serviceMonitor_portNamedDifferently_reportsTheServicesPortName() {
    assertThat(run(serviceMonitor("- port: web"), object(SERVICE))).containsExactly(finding(SM_FILE,
        "/spec/endpoints/0/port",
        "Endpoint port `web` names no port of the selected Service `web` (port `http`), so Prometheus drops every"
            + " target of this endpoint.",
        "Set `spec.endpoints[0].port` to `http`, the only port name of Service `web`."));
  }

  @Test
  void serviceMonitor_portGivenByNumberOrTargetPort_hintsThePortName() {
    String hint = "Set `spec.endpoints[0].port` to `http`, the name of port 80 of Service `web`; `port` takes the"
        + " Service port's name, not its number or `targetPort`.";
    assertThat(run(serviceMonitor("- port: \"80\""), object(SERVICE))).singleElement()
        .satisfies(found -> assertThat(found.hint()).contains(hint));
    assertThat(run(serviceMonitor("- port: \"8080\""), object(SERVICE))).singleElement()
        .satisfies(found -> assertThat(found.hint()).contains(hint));
  }

  @Test
  void serviceMonitor_unnamedServicePort_hintsNamingIt() {
    RenderedDocument service = object(SERVICE.replace("{name: http, port: 80, targetPort: 8080}", "{port: 80}"));
    assertThat(run(serviceMonitor("- port: \"80\""), service)).containsExactly(finding(SM_FILE,
        "/spec/endpoints/0/port",
        "Endpoint port `80` names no port of the selected Service `web` (none has a name), so Prometheus drops every"
            + " target of this endpoint.",
        "Add a `name` to port 80 of Service `web` and set `spec.endpoints[0].port` to it; Prometheus selects Service"
            + " ports by name only."));
  }

  @Test
  void serviceMonitor_misspeltPort_hintsClosestName() {
    RenderedDocument service = object(SERVICE.replace("- {name: http, port: 80, targetPort: 8080}",
        "- {name: http, port: 80}\n    - {name: http-metrics, port: 9090}"));
    assertThat(run(serviceMonitor("- port: http-metric"), service)).singleElement()
        .satisfies(found -> assertThat(found.hint()).contains("Set `spec.endpoints[0].port` to `http-metrics`."));
  }

  @Test
  void serviceMonitor_endpointsServingDifferentServices_pass() {
    RenderedDocument admin = object(SERVICE.replace("name: web", "name: admin").replace("name: http", "name: admin"));
    assertThat(run(serviceMonitor("- port: http\n- port: admin"), object(SERVICE), admin)).isEmpty();
  }

  @Test
  void serviceMonitor_portWrittenAsRegex_isLeftAlone() {
    assertThat(run(serviceMonitor("- port: \"http|web\""), object(SERVICE))).isEmpty();
  }

  @Test
  void serviceMonitor_deprecatedTargetPort_checkedAgainstContainerPorts() {
    assertThat(run(serviceMonitor("- targetPort: 8080"), object(SERVICE), object(DEPLOYMENT))).isEmpty();
    assertThat(run(serviceMonitor("- targetPort: metrics"), object(SERVICE), object(DEPLOYMENT))).isEmpty();
    assertThat(run(serviceMonitor("- targetPort: 9090"), object(SERVICE), object(DEPLOYMENT))).containsExactly(
        finding(SM_FILE, "/spec/endpoints/0/targetPort",
            "Endpoint `targetPort` `9090` is no container port of the pods of Deployment `web`, so Prometheus drops"
                + " every target of this endpoint.",
            "Set `spec.endpoints[0].targetPort` to a port the containers declare: `metrics (8080)`."));
  }

  @Test
  void serviceMonitor_deprecatedTargetPort_podsUnknown_isSilent() {
    assertThat(run(serviceMonitor("- targetPort: 9090"), object(SERVICE))).isEmpty();
  }

  @Test
  void serviceMonitor_noSelectedService_isLeftToNoTarget() {
    assertThat(run(serviceMonitor("- port: web"), object(SERVICE.replace("team: shop", "team: other")))).isEmpty();
  }

  @Test
  void podMonitor_portNamesContainerPort_passes() {
    assertThat(run(podMonitor("- port: metrics"), object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void podMonitor_servicePortName_hintsTheContainerPortName() {
    assertThat(run(podMonitor("- port: http"), object(DEPLOYMENT), object(SERVICE))).containsExactly(finding(PM_FILE,
        "/spec/podMetricsEndpoints/0/port",
        "Endpoint port `http` names no container port of the pods of Deployment `web` (port `metrics`), so Prometheus"
            + " drops every target of this endpoint.",
        "Set `spec.podMetricsEndpoints[0].port` to `metrics`, the name of container port 8080 of Deployment `web`."
            + " `http` is the name of a port of Service `web`; a PodMonitor takes the container's port."));
  }

  @Test
  void podMonitor_portGivenByNumber_hintsTheName() {
    assertThat(run(podMonitor("- port: \"8080\""), object(DEPLOYMENT))).singleElement()
        .satisfies(found -> assertThat(found.hint()).contains("Set `spec.podMetricsEndpoints[0].port` to `metrics`,"
            + " the name of container port 8080 of Deployment `web`."));
  }

  @Test
  void podMonitor_unnamedContainerPort_hintsPortNumber() {
    RenderedDocument deployment = object(DEPLOYMENT.replace("{name: metrics, containerPort: 8080}",
        "{containerPort: 8080}"));
    assertThat(run(podMonitor("- port: \"8080\""), deployment)).containsExactly(finding(PM_FILE,
        "/spec/podMetricsEndpoints/0/port",
        "Endpoint port `8080` names no container port of the pods of Deployment `web` (none has a name), so"
            + " Prometheus drops every target of this endpoint.",
        "Replace `spec.podMetricsEndpoints[0].port` with `portNumber: 8080`, or name container port 8080 of"
            + " Deployment `web` and set `spec.podMetricsEndpoints[0].port` to that name."));
  }

  @Test
  void podMonitor_deprecatedTargetPort_checkedAgainstContainerPorts() {
    assertThat(run(podMonitor("- targetPort: 8080"), object(DEPLOYMENT))).isEmpty();
    assertThat(run(podMonitor("- targetPort: web"), object(DEPLOYMENT))).containsExactly(finding(PM_FILE,
        "/spec/podMetricsEndpoints/0/targetPort",
        "Endpoint `targetPort` `web` is no container port of the pods of Deployment `web`, so Prometheus drops every"
            + " target of this endpoint.",
        "Set `spec.podMetricsEndpoints[0].targetPort` to a port the containers declare: `metrics (8080)`."));
  }

  @Test
  void podMonitor_portNumber_isNotChecked() {
    assertThat(run(podMonitor("- portNumber: 9999"), object(DEPLOYMENT))).isEmpty();
  }
}
