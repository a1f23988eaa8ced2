package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.Checks;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.prometheus.check.PrometheusChecks;
import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.prometheus.rule.PromRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * What label flow and the rule checks built on it add to parsing, over the 10,000 rules of
 * {@link RulesFileExport#rulesFile(int)}. {@link #parseAndTypeCheck} parses and type-checks every expression from a
 * list of strings: the strict baseline; {@link #parseAndTypeCheckFromObject} reads them from the PrometheusRule, as
 * the checks do, and {@link #syntaxCheckAlone} runs {@code promql/syntax} alone. {@link #labelFlow} computes the
 * labels of every expression parsed in advance. {@link #parseAndSemanticChecks} runs {@code promql/syntax}, which
 * parses every expression, and the checks built on the parsed tree, on label flow and on names
 * ({@link #SEMANTIC_RULES}), as {@code mac check} runs them; {@link #parseAndEveryRuleCheck} runs every
 * PrometheusRule check, Go templates, names and durations included. Both run their checks through {@link Checks#run},
 * as {@code DocumentChecker} does, so the rule checks share one walk over the object. The benchmarks that read the
 * object alternate between two copies of it, so that the rules of one run are not left in the caches by the previous
 * one. Target of issue 6: the semantic checks add at most 50% to the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LabelFlowBenchmark {
  /** The checks built on the parsed tree, label flow and names, after {@code promql/syntax}. */
  static final Set<String> SEMANTIC_RULES = Set.of("promql/syntax", "rule/template-label", "rule/duplicate-expr",
      "rule/duplicate-alert", "promql/comparison-range", "promql/absent-matcher", "promql/rate-gauge",
      "promql/counter-comparison", "rule/for-interval", "rule/record-convention");

  private final PrometheusRule[] copies = new PrometheusRule[2];
  private int next;
  private List<String> expressions;
  private List<Expr> parsed;
  private List<Check<PrometheusRule>> semanticChecks;
  private List<Check<PrometheusRule>> syntaxCheck;
  private List<Check<PrometheusRule>> everyCheck;

  /** Reads the file twice as a PrometheusRule, and parses its expressions once for {@link #labelFlow}. */
  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    JsonNode file = DocumentReader.read(new String(RulesFileExport.rulesFile(1000), StandardCharsets.UTF_8)).get(0);
    ObjectNode document = ((ObjectNode) file).objectNode();
    document.put("apiVersion", PrometheusChecks.API_VERSION).put("kind", "PrometheusRule");
    document.putObject("metadata").put("name", "rules");
    document.set("spec", file);
    copies[0] = Canonical.fromTree(document, PrometheusRule.class);
    copies[1] = Canonical.fromTree(document, PrometheusRule.class);
    expressions = new ArrayList<>();
    for (RuleGroup group : copies[0].getSpec().getGroups()) {
      for (Rule rule : group.getRules()) {
        expressions.add(PromRule.exprOf(rule));
      }
    }
    parsed = expressions.stream().map(e -> Promql.parse(e).expr().orElseThrow()).toList();
    DocumentType<PrometheusRule> type = (DocumentType<PrometheusRule>) PrometheusChecks.types().stream()
        .filter(t -> t.kind().equals("PrometheusRule")).findFirst().orElseThrow();
    everyCheck = type.checks();
    semanticChecks = everyCheck.stream().filter(c -> SEMANTIC_RULES.contains(c.info().id().toString())).toList();
    syntaxCheck = everyCheck.stream().filter(c -> c.info().id().toString().equals("promql/syntax")).toList();
    if (semanticChecks.size() != SEMANTIC_RULES.size()) {
      throw new IllegalStateException("Expected the checks " + SEMANTIC_RULES + ", found " + semanticChecks);
    }
  }

  /**
   * The baseline: parse and type check every expression.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void parseAndTypeCheck(Blackhole sink) {
    for (String expression : expressions) {
      sink.consume(Promql.parse(expression));
    }
  }

  /**
   * The baseline as the checks meet it: parse and type check every expression read from the object, alternating
   * between the two copies as the check benchmarks do, so the rules are as cold in the caches as theirs.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void parseAndTypeCheckFromObject(Blackhole sink) {
    PrometheusRule rules = copies[next];
    next = 1 - next;
    for (RuleGroup group : rules.getSpec().getGroups()) {
      for (Rule rule : group.getRules()) {
        sink.consume(Promql.parse(PromRule.exprOf(rule)));
      }
    }
  }

  /**
   * The labels of every parsed expression.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  public void labelFlow(Blackhole sink) {
    for (Expr expr : parsed) {
      sink.consume(LabelFlow.of(expr));
    }
  }

  /**
   * {@code promql/syntax} alone: parse and type check as the checks read the expressions from the object.
   *
   * @param sink keeps the findings alive
   */
  @Benchmark
  public void syntaxCheckAlone(Blackhole sink) {
    run(syntaxCheck, sink);
  }

  /**
   * {@code promql/syntax} and the checks built on the parsed tree, label flow and names, over the whole file.
   *
   * @param sink keeps the findings alive
   */
  @Benchmark
  public void parseAndSemanticChecks(Blackhole sink) {
    run(semanticChecks, sink);
  }

  /**
   * Every PrometheusRule check over the whole file.
   *
   * @param sink keeps the findings alive
   */
  @Benchmark
  public void parseAndEveryRuleCheck(Blackhole sink) {
    run(everyCheck, sink);
  }

  private void run(List<Check<PrometheusRule>> checks, Blackhole sink) {
    PrometheusRule rules = copies[next];
    next = 1 - next;
    sink.consume(Checks.run(checks, rules, CheckContext.none()));
  }
}
