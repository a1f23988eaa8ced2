package io.monitoringascode.benchmarks;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.values.ValuesIndex;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
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
 * The first load of each chart's key index in a fresh JVM, as a user's build or {@code mac check --values} meets it:
 * one single shot per fork, ten forks, so the index's class loading and the interpreter are in the figure. Jackson
 * itself is started in the setup (it is, in any real use, by the YAML that is read or written first), so the figure
 * is the index's own; {@code *WithJackson} measures the same load with Jackson's start-up included. JVM start is in
 * neither.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ValuesColdStartBenchmark {
  /** Starts Jackson, outside the measured shot; the other benchmarks take no state. */
  @State(Scope.Benchmark)
  public static class JacksonStarted {
    /** Reads and writes one small YAML document. */
    @Setup
    public void start() {
      Canonical.renderYaml(DocumentReader.read("a: 1\n").get(0));
    }
  }

  /**
   * The kube-prometheus-stack 77.11.1 index, first load.
   *
   * @param jackson Jackson, started
   * @return the index
   */
  @Benchmark
  public ValuesIndex kubePrometheusStackFirstLoad(JacksonStarted jackson) {
    return KubePrometheusStackChart.get().index();
  }

  /**
   * The loki 6.41.1 index, first load.
   *
   * @param jackson Jackson, started
   * @return the index
   */
  @Benchmark
  public ValuesIndex lokiFirstLoad(JacksonStarted jackson) {
    return LokiChart.get().index();
  }

  /**
   * The kube-prometheus-stack 77.11.1 index, first load, with Jackson's start-up.
   *
   * @return the index
   */
  @Benchmark
  public ValuesIndex kubePrometheusStackFirstLoadWithJackson() {
    return KubePrometheusStackChart.get().index();
  }
}
