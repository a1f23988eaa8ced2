package io.monitoringascode.loki.rule;

import java.util.Map;

/**
 * A rule of a {@link LokiRuleGroup}: a {@link LokiAlertRule} or a {@link LokiRecordRule}. Renders to an item of
 * {@code groups[].rules} of a Loki rules file.
 */
public sealed interface LokiRule permits LokiAlertRule, LokiRecordRule {
  /**
   * The LogQL expression; the ruler needs a metric query. Renders to {@code expr}.
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
