package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.prometheus.rule.Promtool;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prometheus' own {@code promtool check rules} accepts the rules of every PrometheusRule of the example stack. */
@Tag("oracle")
class TutorialStackPromtoolTest {
  @Test
  void promtool_everyPrometheusRuleOfTheStack_accepted() throws Exception {
    Promtool promtool = Promtool.require();
    List<PrometheusRule> rules = TutorialStack.stack().resources().stream()
        .filter(PrometheusRule.class::isInstance).map(PrometheusRule.class::cast).toList();
    assertThat(rules).extracting(HasMetadata::getMetadata).extracting("name")
        .containsExactly("prometheus-demo-app-rules");

    for (PrometheusRule rule : rules) {
      Promtool.Result result = promtool.checkRules(Promtool.rulesFile(rule));

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("SUCCESS: 4 rules found");
    }
  }
}
