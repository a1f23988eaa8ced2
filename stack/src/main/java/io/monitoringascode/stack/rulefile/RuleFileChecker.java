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
import io.monitoringascode.loki.check.LogqlSyntaxCheck;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.stack.StackChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks plain rules files, the files that {@code promtool check rules} and the Loki ruler read ({@code groups:} at the
 * top, no {@code apiVersion}), with the same rules as a PrometheusRule's {@code spec}. The language is told apart by
 * content: a file is LogQL when more of its expressions parse only as LogQL than only as PromQL.
 *
 * <p>Findings point into the file as written ({@code /groups/0/rules/2/expr}). Rules about a Kubernetes object
 * ({@code metadata}, the selection label) do not apply to a file and are not reported.
 */
public final class RuleFileChecker {
  private static final String WIRED_API_VERSION = "monitoring.coreos.com/v1";
  private static final String SPEC = "/spec";

  private static final LogqlSyntaxCheck LOGQL = new LogqlSyntaxCheck();

  private final DocumentChecker documents = StackChecks.documentChecker();

  /**
   * The rules that only plain rules files have, beyond those of a PrometheusRule.
   *
   * @return the ids
   */
  public static List<RuleId> ruleIds() {
    return List.of(LOGQL.info().id());
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
   * The language a rules file is written in.
   *
   * @param document a plain rules file
   * @return LOGQL when more expressions are LogQL only than PromQL only, else PROMQL
   */
  public RuleLanguage language(JsonNode document) {
    int promqlOnly = 0;
    int logqlOnly = 0;
    for (JsonNode group : document.path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        JsonNode expr = rule.path("expr");
        if (expr.isTextual()) {
          boolean promql = Promql.parse(expr.textValue()).valid();
          boolean logql = Logql.parse(expr.textValue()).valid();
          promqlOnly += promql && !logql ? 1 : 0;
          logqlOnly += logql && !promql ? 1 : 0;
        }
      }
    }
    return logqlOnly > promqlOnly ? RuleLanguage.LOGQL : RuleLanguage.PROMQL;
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
    wrapped.put("apiVersion", WIRED_API_VERSION).put("kind", "PrometheusRule");
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
      Report logqlFindings = Report.of(LOGQL.run(document, CheckContext.none())).map(f ->
          f.withLocation(f.location().inFile(file, index)));
      findings.addAll(overrides.apply(logqlFindings).findings());
    }
    return Report.of(findings);
  }

  private static SeverityOverrides withoutPromql(SeverityOverrides overrides) {
    SeverityOverrides result = overrides;
    for (String ruleId : List.of("promql/syntax", "promql/experimental")) {
      result = result.disable(ruleId);
    }
    return result;
  }
}
