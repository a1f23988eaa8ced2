package io.monitoringascode.stack.wiring.selection;

import io.monitoringascode.stack.wiring.LabelSelector;

/**
 * One selector of the Prometheus object that kube-prometheus-stack renders, as the operator then reads it: a selector
 * on the spec, no selector at all, or one this library cannot evaluate from the values.
 */
public sealed interface RenderedSelector {
  /**
   * A selector on the spec; an empty one matches every object (or every namespace).
   *
   * @param selector the selector
   * @param origin where the chart took it from, which decides the values key a user changes
   */
  record Present(LabelSelector selector, Origin origin) implements RenderedSelector {}

  /**
   * No selector on the spec (the field is left out). The operator reads a missing object selector as "no object" and
   * a missing namespace selector as "the Prometheus' own namespace only".
   */
  record Absent() implements RenderedSelector {}

  /** The values hold something the chart renders in a way this library cannot follow, such as a template. */
  record Unknown() implements RenderedSelector {}

  /** Where the chart took a selector from. */
  enum Origin {
    /** The values' own selector, rendered as written. */
    VALUES,
    /** {@code matchLabels: {release: <release>}}, filled in by the chart because {@code …NilUsesHelmValues} is on. */
    RELEASE_LABEL,
    /** {@code {}}, rendered by the chart because the values' selector is empty and nothing fills it. */
    EMPTY
  }
}
