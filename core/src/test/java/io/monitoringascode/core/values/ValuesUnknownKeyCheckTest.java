package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesUnknownKeyCheckTest {
  private final ValuesUnknownKeyCheck check = new ValuesUnknownKeyCheck();

  @Test
  void misplacedKey_underOtherCrdSubtree_reportsRelocation() {
    List<Finding> findings = TestCharts.run(check, """
        prometheus:
          prometheusSpec:
            alertmanagerConfigSelector:
              matchLabels:
                resource: prometheus
        """);

    assertThat(findings).containsExactly(new Finding(RuleId.of("values/unknown-key"), Severity.ERROR,
        Location.at("/prometheus/prometheusSpec/alertmanagerConfigSelector"),
        "Key `alertmanagerConfigSelector` is not read by test-chart 1.0.0 at `/prometheus/prometheusSpec`, so Helm "
            + "ignores it without a word.",
        Optional.of("Did you mean `/alertmanager/alertmanagerSpec/alertmanagerConfigSelector`? Move the key there, "
            + "where the chart reads it.")));
  }

  @Test
  void misspeltKey_reportsNearestSpellingAtThatLevel() {
    List<Finding> findings = TestCharts.run(check, "grafana:\n  replicaz: 2\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).isEqualTo("/grafana/replicaz");
      assertThat(f.hint()).contains("Did you mean `replicas`? Rename `replicaz` to `replicas`.");
    });
  }

  @Test
  void wrongCase_saysKeysAreCaseSensitive() {
    List<Finding> findings = TestCharts.run(check, "grafana:\n  AdminPassword: x\n");

    assertThat(findings).singleElement().extracting(Finding::hint)
        .isEqualTo(Optional.of("Rename `AdminPassword` to `adminPassword`: keys are case-sensitive."));
  }

  @Test
  void relocation_sameNameOfIncompatibleType_isNotSuggested() {
    // `image` is a map in both places it is read; a string there cannot be meant.
    List<Finding> findings = TestCharts.run(check, "prometheus:\n  image: quay.io/prometheus/prometheus\n");

    assertThat(findings).singleElement().extracting(Finding::hint).asString().doesNotContain("/grafana/image");
  }

  @Test
  void relocation_noSharedPath_prefersTheShallowestPlace() {
    List<Finding> findings = TestCharts.run(check, "image:\n  tag: v1\n");

    assertThat(findings).singleElement().extracting(Finding::hint).isEqualTo(Optional.of(
        "Did you mean `/grafana/image`? Move the key there, where the chart reads it."));
  }

  @Test
  void relocation_sharedPath_prefersTheNearestPlace() {
    List<Finding> findings = TestCharts.run(check, "alertmanager:\n  image:\n    tag: v1\n");

    assertThat(findings).singleElement().extracting(Finding::hint).isEqualTo(Optional.of(
        "Did you mean `/alertmanager/alertmanagerSpec/image`? Move the key there, where the chart reads it."));
  }

  @Test
  void crdSpecField_notInValues_isKnown() {
    assertThat(TestCharts.run(check, "prometheus:\n  prometheusSpec:\n    enableAdminAPI: true\n")).isEmpty();
  }

  @Test
  void keysUnderOpenMapsAndLists_areIgnored() {
    assertThat(TestCharts.run(check, """
        nodeSelector:
          kubernetes.io/os: linux
        grafana:
          podLabels:
            anything: goes
          additionalDataSources:
            - name: Loki
              whatever: true
        extraObjects:
          free: form
        """)).isEmpty();
  }

  @Test
  void renamedKey_isLeftToRenamedKeyCheck() {
    assertThat(TestCharts.run(check, "additionalPrometheusRules: []\n")).isEmpty();
  }

  @Test
  void unknownParent_reportsOnlyTheParent() {
    assertThat(TestCharts.run(check, "grafanna:\n  replicas: 2\n  foo: bar\n"))
        .extracting(f -> f.location().pointer()).containsExactly("/grafanna");
  }
}
