package io.monitoringascode.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromtoolRuleTestTest {
  private static final PrometheusRule RULE = RuleFile.builder().name("shop-rules")
      .addGroup(PromRuleGroup.builder().name("shop")
          .addRule(AlertRule.builder().alert("ShopDown").expr("up{job=\"shop\"} == 0").forDuration("2m")
              .putLabel("severity", "critical").putAnnotation("summary", "{{ $labels.job }} is down").build())
          .build())
      .build().toPrometheusRule();

  private static PromtoolRuleTest shopDown() {
    return PromtoolRuleTest.of(RULE)
        .series("up{job=\"shop\"}", "1 0x10")
        .expectNoAlert("2m", "ShopDown");
  }

  @Test
  void writesPromtoolsTestFile() {
    assertThat(shopDown().expectAlert("5m", "ShopDown", Map.of("severity", "critical", "job", "shop"),
        Map.of("summary", "shop is down")).testFile()).isEqualTo("""
        rule_files:
          - rules.yaml
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: "up{job=\\"shop\\"}"
                values: 1 0x10
            alert_rule_test:
              - eval_time: 2m
                alertname: ShopDown
                exp_alerts: []
              - eval_time: 5m
                alertname: ShopDown
                exp_alerts:
                  - exp_labels:
                      job: shop
                      severity: critical
                    exp_annotations:
                      summary: shop is down
        """);
  }

  @Test
  void passesWhenTheAlertFiresAsExpected() {
    shopDown().expectAlert("5m", "ShopDown", Map.of("severity", "critical", "job", "shop"),
        Map.of("summary", "shop is down")).run();
  }

  @Test
  void failsWithPromtoolsOutputWhenItDoesNot() {
    PromtoolRuleTest wrong = shopDown().expectAlert("5m", "ShopDown", Map.of("severity", "warning", "job", "shop"),
        Map.of("summary", "shop is down"));
    assertThatThrownBy(wrong::run).isInstanceOf(AssertionError.class)
        .hasMessageContaining("promtool test rules failed")
        .hasMessageContaining("severity=\"warning\"");
  }
}
