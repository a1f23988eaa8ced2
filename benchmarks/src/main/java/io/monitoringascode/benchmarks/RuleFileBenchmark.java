package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.stack.rulefile.RuleFileChecker;
import java.nio.charset.StandardCharsets;
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
 * A rules file checked end to end, as {@code promtool check rules} does it: the 10,000-rule file of
 * {@link RulesFileExport} read from its YAML text, checked against the schema and by every rule check, every
 * expression parsed and type-checked. {@code benchmarks/promtool-rules.sh} times promtool on the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RuleFileBenchmark {
  private String text;
  private RuleFileChecker checker;

  /**
   * Renders the file once; refuses to measure a file with errors. It has infos: each service's recording rules reuse
   * the same names, which {@code rule/duplicate-record} reports (promtool's lint reports them as duplicates too).
   */
  @Setup
  public void setUp() {
    text = new String(RulesFileExport.rulesFile(1000), StandardCharsets.UTF_8);
    checker = new RuleFileChecker();
    Report report = checkRulesFile();
    if (report.hasErrors()) {
      throw new IllegalStateException("The rules file has errors:\n" + report.toText());
    }
  }

  /**
   * Reads and checks the 10,000 rules.
   *
   * @return the report
   */
  @Benchmark
  public Report checkRulesFile() {
    JsonNode document = DocumentReader.read(text).get(0);
    return checker.check(document, "rules.yaml", 0, SeverityOverrides.none());
  }
}
