package io.monitoringascode.benchmarks;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The benchmarks of {@link StackBenchmarkBase} for 10,000 PrometheusRules and 10,000 ServiceMonitors, to compare with
 * {@link StackBenchmark}'s 1,000. One operation takes seconds and runs every method ten times as often as one
 * operation at 1,000, so three warmup iterations (at least one operation each) are enough, and each measured iteration
 * is one or two operations.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class StackScalingBenchmark extends StackBenchmarkBase {
  /** How many PrometheusRules, and as many ServiceMonitors. */
  @Param("10000")
  public int count;

  @Override
  protected int count() {
    return count;
  }
}
