package io.monitoringascode.benchmarks;

import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.dashboard.TimeRange;
import io.monitoringascode.grafana.dashboard.Variable;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.panel.FieldConfig;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Dashboards as code: building, checking and rendering 100 dashboards of 30 panels each (every panel with a PromQL
 * target that the checks parse), and importing the largest reference dashboard (node-exporter-full, read from
 * {@code -Dmac.bench.dashboard}, by default {@code ../shared/reference/grafana/dashboards/rfmoz-node-exporter-full.json}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DashboardBenchmark {
  private static final DataSourceRef PROMETHEUS = DataSourceRef.of("prometheus", "prometheus");
  private String largest;

  /**
   * Reads the reference dashboard; fails when it is absent.
   *
   * @throws IOException when it cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("mac.bench.dashboard",
        "../shared/reference/grafana/dashboards/rfmoz-node-exporter-full.json"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No dashboard at `" + file.toAbsolutePath()
          + "`: run from the repository root with ../shared beside it, or set -Dmac.bench.dashboard.");
    }
    largest = Files.readString(file, StandardCharsets.UTF_8);
    Report report = DashboardChecks.check(dashboard(0), "bench.json", List.of());
    if (report.hasErrors()) {
      throw new IllegalStateException("The benchmark dashboard has errors:\n" + report.toText());
    }
  }

  /**
   * Builds, checks and renders 100 dashboards of 30 panels.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void buildCheckRender100Dashboards(Blackhole sink) {
    for (int i = 0; i < 100; i++) {
      Dashboard dashboard = dashboard(i);
      sink.consume(DashboardChecks.check(dashboard, "dashboard-" + i + ".json", List.of()));
      sink.consume(dashboard.render());
    }
  }

  /**
   * Imports the largest reference dashboard into the model.
   *
   * @return the dashboard
   */
  @Benchmark
  public Dashboard importLargestReferenceDashboard() {
    return Dashboard.parse(largest);
  }

  private static Dashboard dashboard(int i) {
    List<Panel> panels = new ArrayList<>(30);
    for (int p = 0; p < 30; p++) {
      String job = "api-" + i + "-" + p;
      panels.add((p % 3 == 0 ? Panel.stat("Requests " + p) : Panel.timeseries("Latency " + p))
          .datasource(PROMETHEUS)
          .addTarget(Target.prometheus(p % 3 == 0
              ? "sum(rate(http_requests_total{job=\"" + job + "\",method=~\"$method\"}[$__rate_interval]))"
              : "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job=\"" + job
                  + "\"}[$__rate_interval])))"))
          .fieldConfig(FieldConfig.builder().unit(p % 3 == 0 ? "reqps" : "s").build())
          .build());
    }
    return Dashboard.builder()
        .uid("bench-" + i)
        .title("Service " + i)
        .time(TimeRange.last("6h"))
        .refresh("30s")
        .addVariables(Variable.custom("method", ".*", "GET", "POST"))
        .addAllPanels(panels)
        .build();
  }
}
