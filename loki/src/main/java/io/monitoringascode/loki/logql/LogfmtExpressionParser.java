package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * The {@code | logfmt} stage with parameters: {@code | logfmt --strict level, msg="message"}.
 *
 * @param extractions the labels to extract
 * @param strict {@code --strict}
 * @param keepEmpty {@code --keep-empty}
 * @param span the characters from {@code |} to the end of the stage
 */
public record LogfmtExpressionParser(List<LabelExtraction> extractions, boolean strict, boolean keepEmpty, Span span)
    implements StageExpr {
  /** Copies the list. */
  public LogfmtExpressionParser {
    extractions = List.copyOf(extractions);
  }
}
