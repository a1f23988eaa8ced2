package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A stream selector followed by pipeline stages: {@code {app="api"} |= "error" | json | status >= 500}.
 *
 * @param selector the stream selector
 * @param stages the stages, in the order they run
 * @param span the characters of the selector and all stages
 */
public record PipelineExpr(MatchersExpr selector, List<StageExpr> stages, Span span) implements LogSelectorExpr {
  /** Copies the list. */
  public PipelineExpr {
    stages = List.copyOf(stages);
  }

  @Override
  public List<Matcher> matchers() {
    return selector.matchers();
  }
}
