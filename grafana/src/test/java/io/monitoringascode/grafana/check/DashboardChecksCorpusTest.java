package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference dashboards and Debian's Ceph dashboards import with no error finding. */
class DashboardChecksCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The tutorial's data sources: the chart's Prometheus and the Loki the tutorial adds. */
  private static final List<DataSource> TUTORIAL = List.of(
      DataSource.builder().name("Prometheus").type(DataSourceType.PROMETHEUS).uid("prometheus")
          .url("http://prometheus-operated:9090").isDefault(true).build(),
      DataSource.builder().name("Loki").type(DataSourceType.LOKI).uid("Loki")
          .url("http://loki-gateway.monitoring.svc.cluster.local").build());

  static Stream<String> referenceDashboards() {
    return Stream.of("dotdc-k8s-views-namespaces.json", "kps-77.11.1-k8s-coredns.json", "loki-mixin-loki-logs.json",
        "rfmoz-node-exporter-full.json");
  }

  static Stream<String> cephDashboards() {
    return Stream.of("ceph-cluster", "cephfs-overview", "host-details", "hosts-overview", "osd-device-details",
        "osds-overview", "pool-detail", "pool-overview", "radosgw-detail", "radosgw-overview",
        "radosgw-sync-overview", "rbd-details", "rbd-overview");
  }

  @ParameterizedTest
  @MethodSource("referenceDashboards")
  void check_referenceDashboard_reportsNoError(String name) throws IOException {
    assertNoError(SharedData.require("reference", "grafana", "dashboards", name), List.of());
  }

  @ParameterizedTest
  @MethodSource("cephDashboards")
  void check_cephDashboard_reportsNoError(String name) throws IOException {
    assertNoError(SharedData.installed("ceph-grafana-dashboards",
        "/etc/grafana/dashboards/ceph-dashboard/" + name + ".json"), List.of());
  }

  @Test
  void check_tutorialDashboard_withItsDataSources_reportsOnlyTheLogsUnit() throws IOException {
    Path file = SharedData.require("reference", "tutorial-repo", "grafana", "dashboards", "fake-logs-dashboard.json");
    Report report = DashboardChecks.check(read(file), file.getFileName().toString(), TUTORIAL);

    // A true warning: `logs` is no Grafana unit, so the panel shows plain numbers followed by " logs".
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.location())
        .containsExactly("dashboard/unit fake-logs-dashboard.json:/panels/8/fieldConfig/defaults/unit");
  }

  private static void assertNoError(Path file, List<DataSource> provisioned) throws IOException {
    Report report = DashboardChecks.check(read(file), file.getFileName().toString(), provisioned);
    for (Finding finding : report.findings()) {
      System.out.println("corpus finding: " + finding);
    }
    assertThat(report.errors()).isEmpty();
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file));
  }
}
