package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTypeCheckTest {
  private final ValuesTypeCheck check = new ValuesTypeCheck();

  @Test
  void quotedFalse_whereBooleanExpected_reportsTruthyString() {
    List<Finding> findings = TestCharts.run(check, "alertmanager:\n  enabled: \"false\"\n");

    assertThat(findings).containsExactly(new Finding(RuleId.of("values/type"), Severity.ERROR,
        Location.at("/alertmanager/enabled"),
        "Key `enabled` is the string `\"false\"` where test-chart expects a boolean, so its templates treat any "
            + "non-empty string, `\"false\"` too, as true.",
        Optional.of("Write `true` or `false` without quotes; the chart's default `true`.")));
  }

  @Test
  void map_whereListExpected_reportsList() {
    List<Finding> findings = TestCharts.run(check, "grafana:\n  additionalDataSources:\n    name: Loki\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).isEqualTo("/grafana/additionalDataSources");
      assertThat(f.message()).contains("is a map where test-chart expects a list");
      assertThat(f.hint()).contains("Write a YAML list (items starting with `- `), as the chart's default shows.");
    });
  }

  @Test
  void word_whereIntegerExpected_reportsNumber() {
    assertThat(TestCharts.run(check, "grafana:\n  replicas: two\n")).singleElement()
        .extracting(Finding::hint).isEqualTo(Optional.of("Write a number without quotes such as the chart's default `1`."));
  }

  @Test
  void number_whereDurationExpected_reportsDuration() {
    assertThat(TestCharts.run(check, "grafana:\n  defaultDashboardsInterval: 60\n")).singleElement()
        .extracting(Finding::message).asString().contains("expects a duration string");
  }

  @Test
  void map_whereSetStringExpected_reportsString() {
    assertThat(TestCharts.run(check, "grafana:\n  image:\n    repository:\n      name: grafana\n"))
        .singleElement().extracting(f -> f.location().pointer()).isEqualTo("/grafana/image/repository");
  }

  @Test
  void schemaTypeList_otherType_reportsEitherType() {
    assertThat(TestCharts.run(check, "grafana:\n  extraConfig: [a]\n")).singleElement()
        .extracting(Finding::message).asString().contains("expects an object or null");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "grafana:\n  replicas: \"2\"\n",
      "grafana:\n  service:\n    port: http\n",
      "grafana:\n  replicas: \"{{ .Values.x }}\"\n",
      "grafana:\n  replicas: null\n",
      "grafana:\n  additionalDataSources: |\n    - name: Loki\n",
      "prometheus:\n  prometheusSpec:\n    queryLogFile: /var/log/query.log\n",
      "grafana:\n  defaultDashboardsInterval: 5m\n",
      "alertmanager:\n  enabled: yes\n",
      "grafana:\n  replicas: 1.5\n"})
  void compatibleValues_areNotReported(String yaml) {
    assertThat(TestCharts.run(check, yaml)).isEmpty();
  }

  @Test
  void unknownAndOpenKeys_areLeftToOtherChecks() {
    assertThat(TestCharts.run(check, "grafana:\n  replicaz: two\n  podLabels:\n    a: 1\n")).isEmpty();
  }
}
