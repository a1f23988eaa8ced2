package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.Checks;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleWalksTest {
  private static final String VALID = "- {alert: A, expr: 'up == 0'}";
  private static final String BROKEN = "- {alert: A, expr: 'up{'}\n- {expr: 'up'}";

  @Test
  void run_everyRuleCheckInOneWalk_givesTheSameFindingsAsEachCheckAlone() {
    PrometheusRule rule = read(ruleFile(BROKEN), PrometheusRule.class);
    List<Finding> alone = new ArrayList<>();
    PrometheusChecks.ruleChecks().forEach(check -> alone.addAll(run(check, rule)));

    List<Finding> together = Checks.run(PrometheusChecks.ruleChecks(), rule, CheckContext.none());

    assertThat(together).extracting(finding -> finding.ruleId().toString())
        .containsExactly("rule/kind", "promql/syntax");
    assertThat(together).isEqualTo(alone);
  }

  @Test
  void check_objectChangedBetweenRuns_seesTheChange() {
    PrometheusRule rule = read(ruleFile(VALID), PrometheusRule.class);
    assertThat(run(new PromqlSyntaxCheck(), rule)).isEmpty();

    rule.getSpec().getGroups().get(0).getRules().get(0).setExpr(new IntOrString("up{"));

    assertThat(run(new PromqlSyntaxCheck(), rule)).singleElement()
        .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/0/expr"));
  }

  @Test
  void check_ruleAddedBetweenTwoChecks_laterCheckSeesIt() {
    PrometheusRule rule = read(ruleFile(VALID), PrometheusRule.class);
    assertThat(run(new RuleKindCheck(), rule)).isEmpty();

    Rule added = new Rule();
    added.setAlert("B");
    added.setExpr(new IntOrString("up{"));
    rule.getSpec().getGroups().get(0).getRules().add(added);

    assertThat(run(new PromqlSyntaxCheck(), rule)).singleElement()
        .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/1/expr"));
  }

  @Test
  void run_checkThatThrows_losesOnlyItsOwnFindings() {
    PrometheusRule rule = read(ruleFile(BROKEN), PrometheusRule.class);

    List<Finding> findings = Checks.run(List.of(new Failing(), new PromqlSyntaxCheck()), rule, CheckContext.none());

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0)).satisfies(finding -> {
      assertThat(finding.ruleId().toString()).isEqualTo("test/failing");
      assertThat(finding.message()).contains("internal error", "broken on purpose");
    });
    assertThat(findings.get(1).ruleId().toString()).isEqualTo("promql/syntax");
  }

  /** A check whose walk throws at every rule. */
  private static final class Failing extends RuleCheck {
    @Override
    public RuleInfo info() {
      return RuleInfo.of("test/failing", Severity.ERROR, "Fails.");
    }

    @Override
    RuleWalk start(FindingSink sink) {
      return (site, expression) -> {
        throw new IllegalStateException("broken on purpose");
      };
    }
  }
}
