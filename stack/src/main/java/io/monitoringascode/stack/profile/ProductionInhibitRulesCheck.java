package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/inhibit-rules}: Alertmanager has no inhibit rule at all, so a critical alert arrives together with
 * every warning about the same failure. kube-prometheus-stack 77.11.1's default configuration has four; this fires when
 * the values replace them with an empty list (Helm replaces lists whole) and no selected AlertmanagerConfig has
 * {@code inhibitRules}.
 */
public final class ProductionInhibitRulesCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/inhibit-rules", Severity.INFO,
      "Alertmanager has no inhibit rule, in its base configuration or in a selected AlertmanagerConfig.");

  private static final String INHIBIT_RULES = AlertPipeline.CONFIG + "/inhibit_rules";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    AlertPipeline.of(view).filter(pipeline -> !pipeline.inhibits()).ifPresent(pipeline ->
        sink.at(pipeline.values().at(INHIBIT_RULES)).report("Alertmanager has no inhibit rule, so a critical alert "
            + "arrives together with every warning about the same failure.")
            .hint("Remove `alertmanager.config.inhibit_rules` to keep the chart's four rules, or add one such as "
                + "`{source_matchers: [severity = critical], target_matchers: [severity = warning], equal: "
                + "[namespace, alertname]}`."));
  }
}
