package io.monitoringascode.loki.logql;

/** How the samples of a binary operation's two sides are matched. */
public enum Cardinality {
  /** Each sample on one side matches at most one on the other. */
  ONE_TO_ONE,
  /** {@code group_left}: many samples on the left match one on the right. */
  MANY_TO_ONE,
  /** {@code group_right}: one sample on the left matches many on the right. */
  ONE_TO_MANY
}
