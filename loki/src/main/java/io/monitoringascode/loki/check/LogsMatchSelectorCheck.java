package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.loki.logql.ParseResult;
import io.monitoringascode.loki.logql.SampleExpr;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.MatchStage;

/**
 * {@code logs/match-selector}: the {@code selector} of a {@code match} stage must be a LogQL log selector (a stream
 * selector, optionally with line filters). Promtail parses it when it loads the pipeline and refuses to start when it
 * cannot; a metric query is refused the same way. Problems are reported with the characters concerned, as
 * {@code logql/syntax} reports rule expressions.
 */
public final class LogsMatchSelectorCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/match-selector", Severity.ERROR,
      "A match stage's selector must be a LogQL log selector.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    ShippingWalk.stages(shipper.config(), (job, stage, pointer, available) -> {
      if (!(stage instanceof MatchStage match)) {
        return;
      }
      String at = JsonPointers.child(pointer, "selector");
      ParseResult result = Logql.parse(match.selector());
      for (QueryProblem problem : result.problems()) {
        FindingSink.Draft draft = sink.at(at, problem.span()).report(problem.severity(), "LogQL "
            + (problem.severity() == Severity.ERROR ? "error" : "problem") + " at "
            + problem.position(match.selector()) + " of the match selector: " + problem.message()
            + (problem.severity() == Severity.ERROR ? ", so Promtail refuses the pipeline at start." : "."));
        problem.hint().ifPresent(draft::hint);
      }
      result.expr().filter(SampleExpr.class::isInstance).ifPresent(expr -> sink
          .at(at, new Span(0, match.selector().length()))
          .error("The match selector `" + match.selector() + "` is a metric query, so Promtail refuses the pipeline "
              + "at start.")
          .hint("Write a stream selector with optional line filters, such as `{job=\"" + job.jobName()
              + "\"} |= \"error\"`."));
    });
  }
}
