package shop;

import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;

public final class ShopStack implements StackSource {
  static RuleFile rules() {
    return RuleFile.builder().name("shop-rules").putLabel("release", "prometheus")
        .addGroup(PromRuleGroup.builder().name("shop")
            .addRule(AlertRule.builder().alert("ShopDown").expr("up{job=\"shop\"} == 0").forDuration("1m")
                .putLabel("severity", "critical").build())
            .build())
        .build();
  }

  @Override
  public MonitoringStack stack() {
    return MonitoringStack.builder().release("prometheus").namespace("shop").add(rules().toPrometheusRule()).build();
  }
}
