package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/alert-receiver}: no route of the chart's Alertmanager leads to a receiver that notifies anyone.
 * kube-prometheus-stack 77.11.1's default configuration routes every alert to its receiver {@code null}, which has no
 * integration, so alerts fire on the Alertmanager page and nowhere else until a receiver with an integration (Slack,
 * PagerDuty, e-mail, a webhook...) is routed, in the values or in a selected AlertmanagerConfig.
 */
public final class ProductionAlertReceiverCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/alert-receiver", Severity.INFO,
      "Every route of Alertmanager ends at a receiver without an integration, such as the chart's `null`.");

  private static final String RECEIVER = AlertPipeline.CONFIG + "/route/receiver";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    AlertPipeline.of(view).filter(pipeline -> !pipeline.notifiesSomewhere()).ifPresent(pipeline ->
        sink.at(pipeline.values().at(RECEIVER)).report("Alertmanager's routes end only at receivers without an "
            + "integration (the root route's is `" + pipeline.base("/route/receiver").asText("") + "`), so alerts "
            + "never leave Alertmanager.")
            .hint("Add an AlertmanagerConfig whose root route's receiver has an integration (such as `slackConfigs` "
                + "with `apiURL` from a Secret) and labels that `alertmanager.alertmanagerSpec."
                + "alertmanagerConfigSelector` selects."));
  }
}
