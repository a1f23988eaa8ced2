package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class MonitorDurationCheckTest {
  private final MonitorDurationCheck<ServiceMonitor> serviceMonitors = new MonitorDurationCheck<>(MonitorView::of);
  private final MonitorDurationCheck<PodMonitor> podMonitors = new MonitorDurationCheck<>(MonitorView::of);

  @Test
  void check_bareNumberInterval_reportsErrorWithSecondsHint() {
    ServiceMonitor monitor = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {matchLabels: {app: demo}}
          endpoints:
            - port: http
              interval: 30
        """, ServiceMonitor.class);

    assertThat(run(serviceMonitors, monitor)).containsExactly(finding("monitor/duration", Severity.ERROR,
        "/spec/endpoints/0/interval",
        "Duration `30` is not a Prometheus duration: a bare number has no unit, so the API server rejects this"
            + " ServiceMonitor and its targets are never scraped.",
        "Write `30s`."));
  }

  @Test
  void check_podMonitorTimeoutInWords_reportsAtPodMetricsEndpoint() {
    PodMonitor monitor = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: demo}
        spec:
          selector: {}
          podMetricsEndpoints:
            - port: metrics
            - port: metrics
              scrapeTimeout: 5 minutes
        """, PodMonitor.class);

    assertThat(run(podMonitors, monitor)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).isEqualTo("/spec/podMetricsEndpoints/1/scrapeTimeout");
      assertThat(f.message()).isEqualTo("Duration `5 minutes` is not a Prometheus duration, so the API server rejects"
          + " this PodMonitor and its targets are never scraped.");
    });
  }

  @Test
  void check_zeroAndCompoundDurations_reportNothing() {
    ServiceMonitor monitor = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {}
          endpoints:
            - {port: a, interval: 1m30s, scrapeTimeout: "0"}
        """, ServiceMonitor.class);

    assertThat(run(serviceMonitors, monitor)).isEmpty();
  }

  @Test
  void check_emptyOrAbsentDurations_areIgnored() {
    ServiceMonitor monitor = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {}
          endpoints:
            - {port: a, interval: ""}
            - {port: b}
        """, ServiceMonitor.class);

    assertThat(run(serviceMonitors, monitor)).isEmpty();
  }
}
