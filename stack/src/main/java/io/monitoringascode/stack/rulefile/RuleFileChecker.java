package io.monitoringascode.stack.rulefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.loki.check.LokiRuleChecks;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.stack.StackChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks plain rules files, the files that {@code promtool check rules} and the Loki ruler read ({@code groups:} at the
 * top, no {@code apiVersion}), with the same rules as a PrometheusRule's {@code spec}. The language is told apart by
 * content: a file is LogQL when more of its expressions parse only as LogQL than as PromQL. A LogQL file gets the Loki
 * rule checks ({@code LokiRuleChecks}, rule ids {@code logql/*}) in place of the PromQL checks and of the rule checks
 * they stand for ({@code rule/kind}, {@code rule/duplicate-group}, {@code rule/duplicate-record},
 * {@code rule/template-label}); the checks that do not depend on the language (durations, names, templates, the
 * schema of the layout) run on both.
 *
 * <p>Findings point into the file as written ({@code /groups/0/rules/2/expr}). Rules about a Kubernetes object
 * ({@code metadata}, the selection label) do not apply to a file and are not reported.
 */
public final class RuleFileChecker {
  private static final String API_VERSION = "monitoring.coreos.com/v1";
  private static final String SPEC = "/spec";

  /** The rule checks that a LogQL file gets from {@code LokiRuleChecks} instead, with Loki's wording. */
  private static final List<String> REPLACED_FOR_LOGQL = List.of("promql/syntax", "promql/experimental",
      "promql/comparison-range", "rule/kind", "rule/duplicate-group", "rule/duplicate-record", "rule/template-label");
  /** How many expressions, from the top of the file, decide its language: a file is written in one. */
  private static final int SAMPLE = 64;

  private final DocumentChecker documents = StackChecks.documentChecker();

  /**
   * The rules that only plain rules files have, beyond those of a PrometheusRule.
   *
   * @return the ids
   */
  public static List<RuleId> ruleIds() {
    return LokiRuleChecks.all().stream().map(check -> check.info().id()).toList();
  }

  /**
   * Whether a document is a plain rules file: a map without {@code apiVersion} and {@code kind} whose
   * {@code groups} is a list.
   *
   * @param document a document read from a file
   * @return true when this checker applies
   */
  public boolean recognises(JsonNode document) {
    return document.isObject() && !document.has("apiVersion") && !document.has("kind")
        && document.path("groups").isArray();
  }

  /**
   * The language a rules file is written in, judged on its first 64 expressions. An expression valid in both languages
   * (such as {@code count_over_time({app="x"}[5m])}) counts for PromQL, so LogQL is only parsed where PromQL fails.
   *
   * @param document a plain rules file
   * @return LOGQL when more expressions are LogQL only than valid PromQL, else PROMQL
   */
  public RuleLanguage language(JsonNode document) {
    List<String> exprs = new ArrayList<>();
    for (JsonNode group : document.path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (rule.path("expr").isTextual() && exprs.size() < SAMPLE) {
          exprs.add(rule.path("expr").textValue());
        }
      }
    }
    int promql = 0;
    int logqlOnly = 0;
    // Stop as soon as one side holds more than half of the expressions: the rest cannot change the answer.
    for (int i = 0; i < exprs.size() && 2 * promql <= exprs.size() && 2 * logqlOnly <= exprs.size(); i++) {
      if (Promql.parse(exprs.get(i)).valid()) {
        promql++;
      } else if (Logql.parse(exprs.get(i)).valid()) {
        logqlOnly++;
      }
    }
    return logqlOnly > promql ? RuleLanguage.LOGQL : RuleLanguage.PROMQL;
  }

  /**
   * Checks a plain rules file: its layout and keys against the PrometheusRule {@code spec} schema, every rule check,
   * and every expression in the file's language.
   *
   * @param document a plain rules file
   * @param file the file's name, for the findings' locations
   * @param index the document's index in the file
   * @param overrides the user's severity changes
   * @return the findings, overrides applied
   */
  public Report check(JsonNode document, String file, int index, SeverityOverrides overrides) {
    RuleLanguage language = language(document);
    SeverityOverrides forLanguage = language == RuleLanguage.LOGQL ? withoutPromql(overrides) : overrides;
    ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
    wrapped.put("apiVersion", API_VERSION).put("kind", "PrometheusRule");
    wrapped.putObject("metadata").put("name", "rules-file");
    wrapped.set("spec", document);
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : documents.check(wrapped, file, index, CheckContext.none(), forLanguage).findings()) {
      String pointer = finding.location().pointer();
      if (pointer.startsWith(SPEC + "/") && !finding.ruleId().value().startsWith("wiring/")) {
        Location location = finding.location();
        findings.add(finding.withLocation(new Location(location.file(), location.document(),
            pointer.substring(SPEC.length()), location.span())));
      }
    }
    if (language == RuleLanguage.LOGQL) {
      List<Finding> logql = new ArrayList<>();
      for (Check<JsonNode> check : LokiRuleChecks.all()) {
        logql.addAll(check.run(document, CheckContext.none()));
      }
      Report logqlFindings = Report.of(logql).map(f -> f.withLocation(f.location().inFile(file, index)));
      findings.addAll(overrides.apply(logqlFindings).findings());
    }
    return Report.of(findings);
  }

  private static SeverityOverrides withoutPromql(SeverityOverrides overrides) {
    SeverityOverrides result = overrides;
    for (String ruleId : REPLACED_FOR_LOGQL) {
      result = result.disable(ruleId);
    }
    return result;
  }
}
