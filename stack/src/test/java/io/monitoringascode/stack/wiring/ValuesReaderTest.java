package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesReaderTest {
  private static ValuesReader reader(String yaml) {
    return ValuesReader.of(DocumentReader.read(yaml).get(0));
  }

  @Test
  void text_nonEmptyStringOnly() {
    ValuesReader values = reader("{name: web, empty: '', number: 3, none: null, map: {a: b}}");

    assertThat(values.text("/name")).contains("web");
    assertThat(values.text("/empty")).isEmpty();
    assertThat(values.text("/number")).isEmpty();
    assertThat(values.text("/none")).isEmpty();
    assertThat(values.text("/map")).isEmpty();
    assertThat(values.text("/missing")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "true | true", "false | false", "0 | false", "1 | true", "'\"false\"' | true", "'\"\"' | false",
      "null | false", "'{}' | false", "'{a: 1}' | true"})
  void isTrue_followsTheTemplatesTruth(String yaml, boolean expected) {
    ValuesReader values = reader("flag: " + yaml);

    assertThat(values.isTrue("/flag", !expected)).isEqualTo(expected);
  }

  @Test
  void isTrue_missingKey_isTheChartDefault() {
    assertThat(reader("{}").isTrue("/prometheus/enabled", true)).isTrue();
    assertThat(reader("{}").isTrue("/thanosRuler/enabled", false)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "true | true", "false | false", "0 | true", "'\"false\"' | true", "null | true", "'{}' | true"})
  void conditionHolds_onlyTheBooleanFalseDropsTheSubchart(String yaml, boolean expected) {
    ValuesReader values = reader("grafana: {enabled: " + yaml + "}");

    assertThat(values.conditionHolds("/grafana/enabled")).isEqualTo(expected);
    assertThat(reader("{}").conditionHolds("/grafana/enabled")).isTrue();
  }

  @Test
  void under_readsRelativeToTheKey() {
    ValuesReader sidecar = reader("grafana: {sidecar: {datasources: {label: ds, enabled: 0}}}")
        .under("/grafana").under("/sidecar/datasources");

    assertThat(sidecar.text("/label")).contains("ds");
    assertThat(sidecar.isTrue("/enabled", true)).isFalse();
    assertThat(sidecar.at("/missing").isMissingNode()).isTrue();
  }

  @Test
  void namespace_overrideElseTheRelease() {
    assertThat(reader("{}").namespace("monitoring")).isEqualTo("monitoring");
    assertThat(reader("namespaceOverride: ''").namespace("monitoring")).isEqualTo("monitoring");
    assertThat(reader("namespaceOverride: obs").namespace("monitoring")).isEqualTo("obs");
    // A subchart reads its own override, not the parent's.
    assertThat(reader("{namespaceOverride: obs, grafana: {namespaceOverride: dashboards}}").under("/grafana")
        .namespace("monitoring")).isEqualTo("dashboards");
    assertThat(reader("namespaceOverride: obs").under("/grafana").namespace("monitoring")).isEqualTo("monitoring");
  }

  @Test
  void componentNamespace_ownOverrideElseTheChartsNamespace() {
    assertThat(reader("namespaceOverride: obs").namespace("/alertmanager", "monitoring")).isEqualTo("obs");
    assertThat(reader("{namespaceOverride: obs, alertmanager: {namespaceOverride: alerts}}")
        .namespace("/alertmanager", "monitoring")).isEqualTo("alerts");
    assertThat(reader("{}").namespace("/alertmanager", "monitoring")).isEqualTo("monitoring");
  }

  @Test
  void withDefaults_missingKeyReadsTheChartsDefault() {
    JsonNode values = DocumentReader.read("{alertmanager: {enabled: 0}}").get(0);
    ValuesReader reader = ValuesReader.withDefaults(new ChartValues(KubePrometheusStackChart.get().index(), values));

    assertThat(reader.isTrue("/grafana/enabled", false)).isTrue();
    assertThat(reader.isTrue("/alertmanager/enabled", true)).isFalse();
  }
}
