package io.monitoringascode.loki.logql;

import java.util.List;

/**
 * What may follow a binary operator: {@code bool}, {@code on}/{@code ignoring} and {@code group_left}/{@code
 * group_right}.
 *
 * @param returnBool {@code bool}: comparisons return 0 or 1 instead of filtering
 * @param on {@code on (...)} rather than {@code ignoring (...)} or nothing
 * @param matchingLabels the labels of {@code on} or {@code ignoring}
 * @param cardinality the matching cardinality
 * @param include the labels in the parentheses of {@code group_left}/{@code group_right}
 */
public record BinOpModifier(boolean returnBool, boolean on, List<String> matchingLabels, Cardinality cardinality,
    List<String> include) {
  /** Copies the lists. */
  public BinOpModifier {
    matchingLabels = List.copyOf(matchingLabels);
    include = List.copyOf(include);
  }
}
