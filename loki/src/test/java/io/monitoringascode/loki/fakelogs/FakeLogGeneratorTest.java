package io.monitoringascode.loki.fakelogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.loki.check.ShippingChecks;
import io.monitoringascode.loki.fakelogs.FakeLogGenerator.LogSource;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FakeLogGeneratorTest {
  private static final String PUSH_URL = "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push";

  private static FakeLogGenerator tutorial() {
    return FakeLogGenerator.builder().namespace("k8s-monitoring-ns").pushUrl(PUSH_URL).tenantId("fake").build();
  }

  private static byte[] render(List<HasMetadata> resources) {
    return Canonical.renderYaml(resources.stream().map(Canonical::toTree).toList());
  }

  @Test
  void resources_tutorial_equalTheTutorialsManifestsObjectByObject() throws Exception {
    String text = Files.readString(SharedData.require("reference", "tutorial-repo", "k8s", "fake-logs.yaml"));
    Map<String, JsonNode> expected = byKindAndName(DocumentReader.read(text));
    Map<String, JsonNode> actual = byKindAndName(tutorial().resources().stream().map(Canonical::toTree).toList());
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String key : expected.keySet()) {
      assertThat(actual.get(key)).as(key).isEqualTo(expected.get(key));
    }
  }

  /** Objects by kind and name; a ConfigMap's config.yaml is parsed, so that comments and layout do not count. */
  private static Map<String, JsonNode> byKindAndName(List<JsonNode> documents) {
    Map<String, JsonNode> objects = new TreeMap<>();
    for (JsonNode document : documents) {
      if (document == null || document.isNull()) {
        continue;
      }
      ObjectNode copy = document.deepCopy();
      if (copy.path("data").has("config.yaml")) {
        ((ObjectNode) copy.get("data")).set("config.yaml",
            DocumentReader.read(copy.path("data").path("config.yaml").textValue()).get(0));
      }
      objects.put(copy.path("kind").asText() + "/" + copy.path("metadata").path("name").asText(), copy);
    }
    return objects;
  }

  @Test
  void resources_sharedFile_matchGoldenFile() {
    GoldenFiles.assertMatches("fakelogs/shared-file.yaml", render(tutorial().resources()));
  }

  @Test
  void resources_stdout_matchGoldenFile() {
    FakeLogGenerator stdout = FakeLogGenerator.builder().from(tutorial()).source(LogSource.STDOUT).build();
    GoldenFiles.assertMatches("fakelogs/stdout.yaml", render(stdout.resources()));
  }

  @Test
  void labelsProduced_tutorial_includesTheDashboardsLabels() {
    assertThat(tutorial().promtailConfig().labelsProduced())
        .containsExactly("filename", "http_method", "http_status", "job");
    assertThat(FakeLogGenerator.builder().from(tutorial()).source(LogSource.STDOUT).build().promtailConfig()
        .labelsProduced())
        .containsExactly("filename", "http_method", "http_status", "job", "namespace", "pod", "stream");
  }

  @Test
  void shipper_tutorial_positionsOnEmptyDirIsTheOnlyFinding() {
    assertThat(ShippingChecks.check(tutorial().shipper()))
        .singleElement().satisfies(finding -> {
          assertThat(finding.ruleId().value()).isEqualTo("logs/positions-volume");
          assertThat(finding.severity()).isEqualTo(Severity.INFO);
          assertThat(finding.location().pointer()).isEqualTo("/positions/filename");
        });
  }

  @Test
  void shipper_positionsClaimOrStdout_noFinding() {
    assertThat(ShippingChecks.check(FakeLogGenerator.builder().from(tutorial()).positionsClaim("promtail-positions")
        .build().shipper())).isEmpty();
    assertThat(ShippingChecks.check(FakeLogGenerator.builder().from(tutorial()).source(LogSource.STDOUT).build()
        .shipper())).isEmpty();
  }

  @Test
  void build_positionsClaimWithStdout_throws() {
    assertThatThrownBy(() -> FakeLogGenerator.builder().from(tutorial()).source(LogSource.STDOUT)
        .positionsClaim("x").build()).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("shared-file source only");
  }
}
