package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.prometheus.rule.Promtool;
import io.monitoringascode.testkit.PromtoolRuleTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' own {@code promtool check rules} accepts the rules of every PrometheusRule of the example stack, and
 * {@code promtool test rules} shows that {@code TargetDown} fires on a target that is down (the tutorial's version
 * never did).
 */
@Tag("oracle")
class TutorialStackPromtoolTest {
  @Test
  void promtool_everyPrometheusRuleOfTheStack_accepted() throws Exception {
    Promtool promtool = Promtool.require();
    List<PrometheusRule> rules = new TutorialStack().stack().resources().stream()
        .filter(PrometheusRule.class::isInstance).map(PrometheusRule.class::cast).toList();
    assertThat(rules).extracting(HasMetadata::getMetadata).extracting("name")
        .containsExactly("prometheus-demo-app-rules");

    for (PrometheusRule rule : rules) {
      Promtool.Result result = promtool.checkRules(Promtool.rulesFile(rule));

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("SUCCESS: 4 rules found");
    }
  }

  @Test
  void promtool_targetDown_firesOnceTheTargetHasBeenDownFor30s() {
    String instance = "10.0.0.7:8080";
    PromtoolRuleTest.of(DemoAppRules.rules(TutorialStack.RELEASE).toPrometheusRule())
        .interval("15s")
        .series("up{job=\"" + DemoApp.SERVICE + "\", instance=\"" + instance + "\"}", "1 1 0x8")
        .expectNoAlert("30s", "TargetDown")
        .expectAlert("90s", "TargetDown", Map.of("severity", "warning", "job", DemoApp.SERVICE, "instance", instance),
            Map.of("summary", "Prometheus target " + instance + " is down",
                "description", "Prometheus scrape target for job " + DemoApp.SERVICE + " on instance " + instance
                    + " is down."))
        .run();
  }
}
