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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse and check throughput of the query languages, on one thread: each operation is one typical expression
 * ({@link TypicalQueries}) parsed and type-checked, so the score is expressions per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class QueryBenchmark {
  private static final int COUNT = 10_000;

  private List<String> promql;
  private List<String> logql;

  /** Builds the expressions once. */
  @Setup
  public void setUp() {
    promql = TypicalQueries.promql(COUNT);
    logql = TypicalQueries.logql(COUNT);
    if (!promql.stream().allMatch(q -> Promql.parse(q).valid())
        || !logql.stream().allMatch(q -> Logql.parse(q).valid())) {
      throw new IllegalStateException("A typical query does not parse: the benchmark would measure the error path.");
    }
  }

  /**
   * PromQL: parse and type check.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void promqlParseAndCheck(Blackhole sink) {
    for (String query : promql) {
      sink.consume(Promql.parse(query));
    }
  }

  /**
   * LogQL: parse and check.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void logqlParseAndCheck(Blackhole sink) {
    for (String query : logql) {
      sink.consume(Logql.parse(query));
    }
  }
}
