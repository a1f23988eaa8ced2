package io.monitoringascode.core.check;

/**
 * The finding for a recording rule that writes the series of an earlier rule in the same file: the same record name
 * with the same labels. Prometheus and Loki read rule files of one format, so their checks report it the same way.
 */
public final class DuplicateRecordFinding {
  private DuplicateRecordFinding() {}

  /**
   * Reports a repeated recording rule: a warning when both rules have the same expression (certainly redundant),
   * advice otherwise (several rules may split one series name over disjoint label values on purpose, as
   * kube-prometheus records apiserver requests by status class).
   *
   * @param sink the check's sink
   * @param pointer the pointer of the later rule's {@code record}
   * @param record the record name
   * @param earlier where the earlier rule is, such as {@code group 0, rule 3}
   * @param sameExpression whether the two expressions are the same text, spacing aside
   */
  public static void report(FindingSink sink, String pointer, String record, String earlier,
      boolean sameExpression) {
    if (sameExpression) {
      sink.at(pointer)
          .warning("Recording rule `" + record + "` repeats " + earlier + " with the same expression and labels, so"
              + " both write the same series and overwrite each other's samples.")
          .hint("Remove one of the two rules.");
    } else {
      sink.at(pointer)
          .info("Recording rule `" + record + "` is also defined at " + earlier + " with the same labels, so the two"
              + " overwrite each other's samples unless their expressions return different label values.")
          .hint("Make sure the expressions select disjoint series, or tell them apart with different `labels`.");
    }
  }
}
