package io.monitoringascode.tools.referencegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdSchemaGeneratorTest {
  private static final String COMMITTED = "core/src/main/resources/io/monitoringascode/core/schema/crd";
  private static final String REGENERATE = "mvn -q -pl tools/reference-gen compile exec:java";

  @Test
  void committedSchemas_freshRun_matchByteForByte(@TempDir Path fresh) throws IOException {
    SharedDir shared = sharedOrSkip();
    Path committed = Path.of(System.getProperty("mac.root", ".")).resolve(COMMITTED);

    CrdSchemaGenerator.write(CrdSchemaGenerator.generate(shared), fresh);

    List<String> expected = CrdSchemaGenerator.relativeJsonPaths(fresh);
    assertThat(CrdSchemaGenerator.relativeJsonPaths(committed))
        .as("Files under %s differ from a fresh run; regenerate with `%s` and review the diff.", COMMITTED, REGENERATE)
        .containsExactlyElementsOf(expected);
    for (String file : expected) {
      if (!java.util.Arrays.equals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(fresh.resolve(file)))) {
        fail("`%s/%s` differs from a fresh run; regenerate with `%s` and review the diff.", COMMITTED, file, REGENERATE);
      }
    }
  }

  @Test
  void generate_operatorCrds_writesEveryKindAndIndex() {
    SortedMap<String, byte[]> files = CrdSchemaGenerator.generate(sharedOrSkip());

    assertThat(files.keySet()).containsExactly(
        "index.json",
        "monitoring.coreos.com/v1/Alertmanager.json",
        "monitoring.coreos.com/v1/PodMonitor.json",
        "monitoring.coreos.com/v1/Probe.json",
        "monitoring.coreos.com/v1/Prometheus.json",
        "monitoring.coreos.com/v1/PrometheusRule.json",
        "monitoring.coreos.com/v1/ServiceMonitor.json",
        "monitoring.coreos.com/v1/ThanosRuler.json",
        "monitoring.coreos.com/v1alpha1/AlertmanagerConfig.json",
        "monitoring.coreos.com/v1alpha1/PrometheusAgent.json",
        "monitoring.coreos.com/v1alpha1/ScrapeConfig.json");
  }

  @Test
  void generate_twice_producesSameBytes() {
    SharedDir shared = sharedOrSkip();

    SortedMap<String, byte[]> first = CrdSchemaGenerator.generate(shared);
    SortedMap<String, byte[]> second = CrdSchemaGenerator.generate(shared);

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void write_staleFileInOutput_deletesIt(@TempDir Path output) throws IOException {
    Path stale = output.resolve("monitoring.coreos.com/v1beta1/Gone.json");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "{}\n");
    Path foreign = Files.writeString(output.resolve("README.md"), "kept\n");

    CrdSchemaGenerator.write(new java.util.TreeMap<>(java.util.Map.of("index.json", "{}\n".getBytes())), output);

    assertThat(stale).doesNotExist();
    assertThat(foreign).exists();
    assertThat(CrdSchemaGenerator.relativeJsonPaths(output)).containsExactly("index.json");
  }

  /** The shared directory; skips without it, but fails under {@code CI=true}, where it must be present. */
  private static SharedDir sharedOrSkip() {
    var shared = SharedDir.fromSystemProperty();
    if (shared.isEmpty()) {
      String message = "Shared reference data not found at `" + System.getProperty(SharedDir.PROPERTY)
          + "` (system property `" + SharedDir.PROPERTY + "`); the CRD schemas cannot be regenerated.";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return shared.get();
  }
}
