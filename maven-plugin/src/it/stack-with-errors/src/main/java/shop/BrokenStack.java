package shop;

import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;

/** Rules without the label the release's Prometheus selects on: it would never load them. */
public final class BrokenStack implements StackSource {
  @Override
  public MonitoringStack stack() {
    RuleFile rules = RuleFile.builder().name("shop-rules")
        .addGroup(PromRuleGroup.builder().name("shop")
            .addRule(AlertRule.builder().alert("ShopDown").expr("up{job=\"shop\"} == 0").build())
            .build())
        .build();
    return MonitoringStack.builder().release("prometheus").namespace("shop").add(rules.toPrometheusRule()).build();
  }
}
