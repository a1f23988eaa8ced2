package io.monitoringascode.prometheus.promql;

import java.util.List;

/**
 * How a binary operation between two instant vectors pairs their series: {@code on}/{@code ignoring} labels and
 * {@code group_left}/{@code group_right}.
 *
 * @param cardinality one-to-one, many-to-one ({@code group_left}), one-to-many ({@code group_right}), or
 *     many-to-many (set operators)
 * @param labels the labels of {@code on} or {@code ignoring}
 * @param on true for {@code on}, false for {@code ignoring} or none
 * @param include the labels of {@code group_left} or {@code group_right}
 */
public record VectorMatching(Cardinality cardinality, List<String> labels, boolean on, List<String> include) {
  /** Copies the lists. */
  public VectorMatching {
    labels = List.copyOf(labels);
    include = List.copyOf(include);
  }

  /** How many series of each side may match one series of the other. */
  public enum Cardinality {
    /** The default for arithmetic and comparisons. */
    ONE_TO_ONE,
    /** {@code group_left}. */
    MANY_TO_ONE,
    /** {@code group_right}. */
    ONE_TO_MANY,
    /** Set operators. */
    MANY_TO_MANY
  }
}
