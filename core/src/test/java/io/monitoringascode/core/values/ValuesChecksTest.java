package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.render.Canonical;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValuesChecksTest {
  @Test
  void check_crdSubtree_validatesSpecAndPointsIntoValues() {
    Report report = ValuesChecks.check(TestCharts.CHART, TestCharts.tree("""
        prometheus:
          prometheusSpec:
            retention: 10
            enableAdminAPI: "yes please"
            scrapeInterval: ""
        alertmanager:
          alertmanagerSpec:
            replicas: 1
            alertmanagerConfigSelector:
              matchLabelz: {}
        """), "values.yaml");

    assertThat(report.findings()).extracting(f -> f.location().toString() + " " + f.ruleId()).containsExactly(
        "values.yaml:/alertmanager/alertmanagerSpec/alertmanagerConfigSelector/matchLabelz schema/unknown-field",
        "values.yaml:/prometheus/prometheusSpec/enableAdminAPI schema/type",
        "values.yaml:/prometheus/prometheusSpec/retention schema/type");
  }

  @Test
  void check_defaultsAndEmptyValues_areNotValidated() {
    assertThat(ValuesChecks.check(TestCharts.CHART, TestCharts.tree("""
        prometheus:
          prometheusSpec:
            retention: 10d
            scrapeInterval: ""
            tracingConfig: {}
        """), "values.yaml").findings()).isEmpty();
  }

  @Test
  void check_findingsCarryTheFile() {
    Report report = ValuesChecks.check(TestCharts.CHART, TestCharts.tree("nope: 1\n"), "k8s/values.yaml");

    assertThat(report.findings()).extracting(Finding::location)
        .allSatisfy(l -> assertThat(l.file()).contains("k8s/values.yaml"));
    assertThat(ValuesChecks.ruleIds()).extracting(Object::toString)
        .containsExactly("values/unknown-key", "values/type", "values/renamed-key");
  }

  @Test
  void yaml11Traps_dateStaysString_andReRenderIsUnchanged() {
    String yaml = """
        loki:
          schemaConfig:
            configs:
              - from: 2024-04-01
                store: tsdb
        "on": true
        mode: "yes"
        """;
    var tree = DocumentReader.read(yaml).get(0);

    assertThat(tree.at("/loki/schemaConfig/configs/0/from").isTextual()).isTrue();
    assertThat(tree.at("/loki/schemaConfig/configs/0/from").asText()).isEqualTo("2024-04-01");
    assertThat(tree.at("/mode").asText()).isEqualTo("yes");
    var again = DocumentReader.read(new String(Canonical.renderYaml(tree), StandardCharsets.UTF_8)).get(0);
    assertThat(again).isEqualTo(tree);
  }
}
