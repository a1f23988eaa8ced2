package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * The {@code | label_format dst=src, msg="{{.level}}: {{.msg}}"} stage, which renames labels or sets them from Go
 * templates.
 *
 * @param formats the labels to set, in order
 * @param span the characters from {@code |} to the end of the stage
 */
public record LabelFmtExpr(List<LabelFmt> formats, Span span) implements StageExpr {
  /** Copies the list. */
  public LabelFmtExpr {
    formats = List.copyOf(formats);
  }
}
