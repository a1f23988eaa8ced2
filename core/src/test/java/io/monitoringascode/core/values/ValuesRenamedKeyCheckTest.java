package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesRenamedKeyCheckTest {
  private final ValuesRenamedKeyCheck check = new ValuesRenamedKeyCheck();

  @Test
  void deprecatedKey_reportsWarningWithReplacement() {
    assertThat(TestCharts.run(check, "grafana:\n  serviceAccount:\n    autoMount: false\n")).containsExactly(
        new Finding(RuleId.of("values/renamed-key"), Severity.WARNING, Location.at("/grafana/serviceAccount/autoMount"),
            "Key `autoMount` is deprecated in test-chart 1.0.0 (\"autoMount is deprecated in favor of "
                + "automountServiceAccountToken\"), so a later chart version may ignore it without a word.",
            Optional.of("Rename it to `/grafana/serviceAccount/automountServiceAccountToken`.")));
  }

  @Test
  void deprecatedKeyNotInIndex_isReportedToo() {
    assertThat(TestCharts.run(check, "additionalPrometheusRules:\n  - name: x\n"))
        .extracting(f -> f.location().pointer()).containsExactly("/additionalPrometheusRules");
  }

  @Test
  void chartDefaultOrEmptyValue_isNotReported() {
    assertThat(TestCharts.run(check, "grafana:\n  serviceAccount:\n    autoMount: true\n")).isEmpty();
    assertThat(TestCharts.run(check, "additionalPrometheusRules: []\n")).isEmpty();
  }
}
