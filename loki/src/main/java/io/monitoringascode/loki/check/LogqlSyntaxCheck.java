package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.loki.logql.Logql;

/**
 * {@code logql/syntax}: every {@code expr} of a Loki rules file ({@code groups:} at the top, as the Loki ruler reads
 * it) must be LogQL that Loki accepts. Each problem the LogQL parser finds becomes a finding at
 * {@code /groups/<i>/rules/<j>/expr} with the characters concerned and Loki's message, line and column; a problem
 * Loki finds only when the query runs (a broken {@code line_format} template) stays a warning.
 */
public final class LogqlSyntaxCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/syntax", Severity.ERROR,
      "Loki rule expressions must be LogQL.");
  private static final String REFUSED = "so the Loki ruler refuses the rule group and none of its rules are evaluated";
  private static final String FAILS_AT_RUN_TIME = "Loki accepts the query but it fails each time the ruler runs it";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    JsonNode groups = rulesFile.path("groups");
    for (int g = 0; g < groups.size(); g++) {
      JsonNode rules = groups.path(g).path("rules");
      for (int r = 0; r < rules.size(); r++) {
        JsonNode expr = rules.path(r).path("expr");
        if (expr.isTextual()) {
          String pointer = JsonPointers.of("groups", g, "rules", r, "expr");
          for (QueryProblem problem : Logql.parse(expr.textValue()).problems()) {
            String where = "LogQL " + (problem.severity() == Severity.ERROR ? "error" : "problem") + " at "
                + problem.position(expr.textValue()) + ": " + problem.message();
            FindingSink.Draft draft = sink.at(pointer, problem.span()).report(problem.severity(),
                where + (problem.severity() == Severity.ERROR ? ", " + REFUSED : "; " + FAILS_AT_RUN_TIME) + ".");
            problem.hint().ifPresent(draft::hint);
          }
        }
      }
    }
  }
}
