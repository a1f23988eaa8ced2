package io.monitoringascode.loki.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.values.ValuesCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LokiChartTest {
  private static final LokiChart CHART = LokiChart.get();

  @Test
  void descriptor_namesPinnedChart() {
    assertThat(CHART.name()).isEqualTo("loki");
    assertThat(CHART.version()).isEqualTo("6.41.1");
    assertThat(CHART.repository()).isEqualTo("https://grafana.github.io/helm-charts");
    assertThat(CHART.index().chart()).isEqualTo("loki");
    assertThat(CHART.index().version()).isEqualTo(CHART.version());
  }

  static Stream<Path> cases() {
    return ValuesCases.files(LokiChartTest.class, "cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_handWrittenCase_reportsExactlyItsExpectations(Path file) throws IOException {
    ValuesCases.verify(CHART, file);
  }

  @Test
  void check_chartDefaults_onlyTheSchemaConfigTheChartItselfDemands() throws IOException {
    Report report = check(SharedData.require("reference", "loki", "6.41.1", "values.yaml"));

    // The chart's pure defaults do not install: validate.yaml demands a schemaConfig or useTestSchema.
    assertThat(report.findings()).extracting(f -> f.location().pointer() + " " + f.ruleId())
        .containsExactly("/loki/schemaConfig values/loki-schema-config");
  }

  @Test
  void check_tutorialValues_noFinding() throws IOException {
    Report report = check(SharedData.require("reference", "tutorial-repo", "k8s", "values", "loki-helm-values.yaml"));

    assertThat(report.findings()).as(report.toText()).isEmpty();
  }

  @Test
  void check_typedBuildersValues_noStructuralFinding() {
    // The typed builders' outputs (LokiValuesTest) must pass the key index.
    for (LokiValues values : LokiValuesTest.maximal()) {
      Report report = CHART.check(values.toTree(), "values.yaml");

      assertThat(report.findings()).as(report.toText())
          .noneMatch(f -> f.ruleId().value().equals("values/unknown-key") || f.ruleId().value().equals("values/type"));
    }
    assertThat(CHART.check(LokiValuesTest.tutorial().toTree(), "values.yaml").findings()).isEmpty();
  }

  static Stream<Path> corpus() {
    Path shared = SharedData.require();
    return Stream.concat(
        SharedData.files(shared.resolve("reference/loki/6.41.1/example-values"), ".yaml").stream(),
        SharedData.files(shared.resolve("corpus/real-world/loki-values"), ".yaml").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void check_upstreamAndRealWorldValues_onlyVerifiedMistakes(Path file) throws IOException {
    Report report = check(file);

    // Verified against values.yaml 6.41.1: `bloomCompactor` is gone (bloomPlanner and bloomBuilder replaced it), and
    // `singleBinary.persistence` has no `whenDeleted`/`whenScaled` (other targets have them).
    assertThat(report.findings()).as(report.toText())
        .extracting(f -> f.location().pointer() + " " + f.ruleId())
        .isSubsetOf("/bloomCompactor values/unknown-key",
            "/singleBinary/persistence/whenDeleted values/unknown-key",
            "/singleBinary/persistence/whenScaled values/unknown-key");
  }

  private static Report check(Path file) throws IOException {
    return CHART.check(DocumentReader.read(Files.readString(file)).get(0), file.getFileName().toString());
  }
}
