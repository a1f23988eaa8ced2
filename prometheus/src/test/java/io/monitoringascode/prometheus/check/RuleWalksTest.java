package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.monitoringascode.core.check.CheckContext;
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
  void report_objectChangedBetweenRuns_seesTheChange() {
    PrometheusRule rule = read(ruleFile(VALID), PrometheusRule.class);
    assertThat(run(new PromqlSyntaxCheck(), rule)).isEmpty();

    rule.getSpec().getGroups().get(0).getRules().get(0).setExpr(new IntOrString("up{"));

    assertThat(run(new PromqlSyntaxCheck(), rule)).singleElement()
        .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/0/expr"));
  }

  @Test
  void report_ruleAddedBetweenTwoChecksOfOneRun_laterCheckSeesIt() {
    PrometheusRule other = read(ruleFile(VALID), PrometheusRule.class);
    PrometheusChecks.ruleChecks().forEach(check -> run(check, other));
    PrometheusRule rule = read(ruleFile(VALID), PrometheusRule.class);
    // This walk feeds every rule check, as the run over `other` asked for all of them.
    assertThat(run(new RuleKindCheck(), rule)).isEmpty();

    Rule added = new Rule();
    added.setAlert("B");
    added.setExpr(new IntOrString("up{"));
    rule.getSpec().getGroups().get(0).getRules().add(added);

    assertThat(run(new PromqlSyntaxCheck(), rule)).singleElement()
        .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/1/expr"));
  }

  @Test
  void report_sameRunOfEveryCheck_givesEachCheckItsOwnFindingsOnce() {
    PrometheusRule rule = read(ruleFile(BROKEN), PrometheusRule.class);
    List<Finding> findings = new ArrayList<>();
    PrometheusChecks.ruleChecks().forEach(check -> findings.addAll(run(check, rule)));

    assertThat(findings).extracting(finding -> finding.ruleId().toString())
        .containsExactly("rule/kind", "promql/syntax");
  }

  @Test
  void report_checkLeftOutOfTheWalk_isWalkedWhenItAsks() {
    PrometheusRule first = read(ruleFile(VALID), PrometheusRule.class);
    PrometheusRule second = read(ruleFile(BROKEN), PrometheusRule.class);
    run(new PromqlSyntaxCheck(), first);
    // The walk over `second` feeds only the check that ran on `first`.
    assertThat(run(new PromqlSyntaxCheck(), second)).hasSize(1);

    assertThat(run(new RuleKindCheck(), second)).singleElement()
        .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/1"));
  }

  @Test
  void report_checkThatThrows_losesOnlyItsOwnFindings() {
    PrometheusRule first = read(ruleFile(VALID), PrometheusRule.class);
    PrometheusRule second = read(ruleFile(BROKEN), PrometheusRule.class);
    new Failing().run(first, CheckContext.none());
    run(new PromqlSyntaxCheck(), first);

    // Both checks share the walk over `second`; the failing one throws at the first rule.
    List<Finding> failed = new Failing().run(second, CheckContext.none());
    List<Finding> syntax = run(new PromqlSyntaxCheck(), second);

    assertThat(failed).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().toString()).isEqualTo("test/failing");
      assertThat(finding.message()).contains("internal error", "broken on purpose");
    });
    assertThat(syntax).hasSize(1);
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
