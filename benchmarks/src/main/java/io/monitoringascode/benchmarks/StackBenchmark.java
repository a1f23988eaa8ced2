package io.monitoringascode.benchmarks;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The benchmarks of {@link StackBenchmarkBase} for 1,000 PrometheusRules and 1,000 ServiceMonitors. One operation
 * takes a few hundred milliseconds, so five two-second warmup iterations run it some forty times before measuring:
 * fewer left the JIT still compiling in the first measured iterations.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class StackBenchmark extends StackBenchmarkBase {
  /** How many PrometheusRules, and as many ServiceMonitors. */
  @Param("1000")
  public int count;

  @Override
  protected int count() {
    return count;
  }
}
