package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/** A filter on extracted labels, in a label filter stage or after {@code unwrap}. */
public sealed interface LabelFilter permits StringLabelFilter, NumericLabelFilter, DurationLabelFilter,
    BytesLabelFilter, IpLabelFilter, BinaryLabelFilter {
  /**
   * The characters of the query this filter was read from.
   *
   * @return the span
   */
  Span span();
}
