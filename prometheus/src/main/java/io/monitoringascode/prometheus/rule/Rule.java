package io.monitoringascode.prometheus.rule;

import java.util.Map;

/**
 * A rule of a {@link RuleGroup}: an {@link AlertingRule} or a {@link RecordingRule}. Renders to an item of
 * {@code spec.groups[].rules}.
 */
public sealed interface Rule permits AlertingRule, RecordingRule {
  /**
   * The PromQL expression. Renders to {@code expr}.
   *
   * @return the expression
   */
  String expr();

  /**
   * Labels added to the rule's output. Renders to {@code labels}; empty by default.
   *
   * @return label name to value
   */
  Map<String, String> labels();
}
