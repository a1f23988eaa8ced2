package io.monitoringascode.tools.referencegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ValuesIndexGeneratorTest {
  private static final String REGENERATE = "java -cp ... " + ValuesIndexGenerator.class.getName()
      + " ../shared . (see tools/reference-gen/README.md)";

  @Test
  void committedIndexes_freshRun_matchByteForByte() throws IOException {
    SortedMap<String, byte[]> fresh = ValuesIndexGenerator.generate(sharedOrSkip());
    Path root = Path.of(System.getProperty("mac.root", "."));

    assertThat(fresh.keySet()).containsExactly(ValuesIndexGenerator.LOKI_INDEX,
        ValuesIndexGenerator.KPS_ALERTMANAGER_CONFIG, ValuesIndexGenerator.KPS_INDEX);
    for (var file : fresh.entrySet()) {
      Path committed = root.resolve(file.getKey());
      if (!Files.exists(committed) || !Arrays.equals(Files.readAllBytes(committed), file.getValue())) {
        fail("`%s` differs from a fresh run; regenerate with `%s` and review the diff.", file.getKey(), REGENERATE);
      }
    }
  }

  @Test
  void generate_twice_producesSameBytes() {
    SharedDir shared = sharedOrSkip();

    SortedMap<String, byte[]> first = ValuesIndexGenerator.generate(shared);
    SortedMap<String, byte[]> second = ValuesIndexGenerator.generate(shared);

    first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void kpsIndex_keysFromParentSubchartsCrdsAndComments() throws IOException {
    JsonNode keys = index(ValuesIndexGenerator.KPS_INDEX).path("keys");

    assertThat(keys.path("/alertmanager/alertmanagerSpec").path("crd").asText())
        .isEqualTo("monitoring.coreos.com/v1/Alertmanager");
    assertThat(keys.path("/alertmanager/alertmanagerSpec/alertmanagerConfigSelector").path("crdField").asBoolean())
        .isTrue();
    // The chart shapes `image` itself (registry, repository, tag) where the CRD wants one string.
    assertThat(keys.has("/prometheus/prometheusSpec/image/tag")).isTrue();
    // Parent overrides win over the subchart's default (grafana's own default is `false`).
    assertThat(keys.path("/grafana/sidecar/dashboards/enabled").path("default").asBoolean()).isTrue();
    assertThat(keys.path("/kube-state-metrics/replicas").path("type").asText()).isEqualTo("integer");
    assertThat(keys.path("/alertmanager/ingress/pathType").path("open").asText()).isEqualTo("commented");
    assertThat(keys.path("/alertmanager/config").path("open").asText()).isEqualTo("listed");
    assertThat(keys.path("/alertmanager/ingress/labels").path("open").asText()).isEqualTo("name");
    assertThat(keys.path("/grafana/additionalDataSources").path("tpl").asBoolean()).isTrue();
    assertThat(index(ValuesIndexGenerator.KPS_INDEX).path("renamed").path("/grafana/serviceAccount/autoMount")
        .path("to").asText()).isEqualTo("/grafana/serviceAccount/automountServiceAccountToken");
  }

  @Test
  void lokiIndex_schemaTypesAndOpenConfigSections() throws IOException {
    JsonNode keys = index(ValuesIndexGenerator.LOKI_INDEX).path("keys");

    assertThat(keys.path("/loki/rulerConfig").path("type").asText()).isEqualTo("object|null");
    assertThat(keys.path("/loki/structuredConfig").path("open").asText()).isNotEmpty();
    assertThat(keys.path("/loki/commonConfig/replication_factor").path("default").asInt()).isEqualTo(3);
    assertThat(keys.path("/deploymentMode").path("default").asText()).isEqualTo("SimpleScalable");
    assertThat(keys.path("/loki/storage/bucketNames").path("open").asText()).isEqualTo("commented");
  }

  private static JsonNode index(String file) throws IOException {
    return JsonMapper.builder().build().readTree(ValuesIndexGenerator.generate(sharedOrSkip()).get(file));
  }

  /** The shared directory; skips without it, but fails under {@code CI=true}, where it must be present. */
  private static SharedDir sharedOrSkip() {
    var shared = SharedDir.fromSystemProperty();
    if (shared.isEmpty()) {
      String message = "Shared reference data not found at `" + System.getProperty(SharedDir.PROPERTY)
          + "` (system property `" + SharedDir.PROPERTY + "`); the values key indexes cannot be regenerated.";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return shared.get();
  }
}
