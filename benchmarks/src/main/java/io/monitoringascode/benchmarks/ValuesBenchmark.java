package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.values.ValuesIndex;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The Helm values key index of kube-prometheus-stack 77.11.1: loading it from the class path, and checking the
 * chart's own {@code values.yaml} (5,434 lines) with three mistakes added (a misplaced key, a misspelt key, a
 * mistyped value). The file is read from {@code -Dmac.bench.values}, by default
 * {@code ../shared/reference/kube-prometheus-stack/77.11.1/values.yaml}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValuesBenchmark {
  private JsonNode values;

  /**
   * Reads the values file and adds the mistakes; fails when the file is absent.
   *
   * @throws IOException when the file cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("mac.bench.values",
        "../shared/reference/kube-prometheus-stack/77.11.1/values.yaml"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No values file at `" + file.toAbsolutePath()
          + "`: run from the repository root with ../shared beside it, or set -Dmac.bench.values.");
    }
    values = DocumentReader.read(Files.readString(file, StandardCharsets.UTF_8)).get(0);
    ObjectNode prometheusSpec = (ObjectNode) values.at("/prometheus/prometheusSpec");
    prometheusSpec.putObject("alertmanagerConfigSelector").putObject("matchLabels").put("resource", "prometheus");
    prometheusSpec.put("exterrnalUrl", "https://prometheus.example.com");
    ((ObjectNode) values.at("/grafana")).put("enabled", "false");
    int findings = check().findings().size();
    if (findings != 3) {
      throw new IllegalStateException("Expected 3 findings, got " + findings + ":\n" + check().toText());
    }
  }

  /**
   * Loads the index from the class path, as the first use of the chart does.
   *
   * @return the index
   */
  @Benchmark
  public ValuesIndex indexLoad() {
    return ValuesIndex.load(KubePrometheusStackChart.class, "kube-prometheus-stack-77.11.1.json");
  }

  /**
   * Checks the values: every structural check, the CRD-typed subtrees and the chart's own checks.
   *
   * @return the report
   */
  @Benchmark
  public Report check() {
    return KubePrometheusStackChart.get().check(values, "values.yaml");
  }
}
