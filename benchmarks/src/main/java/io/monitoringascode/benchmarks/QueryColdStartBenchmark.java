package io.monitoringascode.benchmarks;

import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.promql.Promql;
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
 * The first 10,000 typical expressions in a fresh JVM: each fork measures one single shot with no warmup, so class
 * loading, the parsers' static tables and the interpreter before the JIT are all in the figure (JVM startup is not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class QueryColdStartBenchmark {
  private List<String> promql;
  private List<String> logql;

  /** Builds the expressions, outside the measured time. */
  @Setup
  public void setUp() {
    promql = TypicalQueries.promql(10_000);
    logql = TypicalQueries.logql(10_000);
  }

  /**
   * The first 10,000 PromQL expressions.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void promqlFirst10000(Blackhole sink) {
    for (String query : promql) {
      sink.consume(Promql.parse(query));
    }
  }

  /**
   * The first 10,000 LogQL queries.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void logqlFirst10000(Blackhole sink) {
    for (String query : logql) {
      sink.consume(Logql.parse(query));
    }
  }
}
