package io.monitoringascode.stack.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {
  @Test
  void productionRules_areInfoByDefault() {
    assertThat(ProductionChecks.all()).allSatisfy(check -> {
      assertThat(check.info().id().area()).isEqualTo("production");
      assertThat(check.info().defaultSeverity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void production_raisesEveryProductionRuleToWarning() {
    List<Check<StackView>> checks = ProductionChecks.all();
    // The production rules, and the shipping rule that is production advice too.
    assertThat(Profile.PRODUCTION.overrides().ruleIds()).hasSize(checks.size() + 1)
        .extracting(id -> id.value()).contains("logs/positions-volume");
    Report report = Report.of(Stacks.run(new ProductionReplicasCheck(), Stacks.kubePrometheusStack("")));

    assertThat(Profile.PRODUCTION.overrides().apply(report).findings())
        .extracting(f -> f.severity()).containsOnly(Severity.WARNING);
    assertThat(Profile.DEV.overrides().apply(report).findings())
        .extracting(f -> f.severity()).containsOnly(Severity.INFO);
  }

  @Test
  void parse_readsNamesAndNamesTheProfilesOnAMistake() {
    assertThat(Profile.parse("production")).isEqualTo(Profile.PRODUCTION);
    assertThat(Profile.parse(" DEV ")).isEqualTo(Profile.DEV);
    assertThatThrownBy(() -> Profile.parse("prod")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Profile `prod` is unknown; the profiles are `dev`, `production`.");
  }
}
