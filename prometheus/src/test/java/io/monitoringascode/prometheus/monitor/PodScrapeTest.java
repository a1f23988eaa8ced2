package io.monitoringascode.prometheus.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PodScrapeTest {
  static PodScrape demo() {
    return PodScrape.builder()
        .name("demo-pods")
        .namespace("k8s-monitoring-ns")
        .putLabel("release", "prometheus")
        .namespaceSelector(Namespaces.any())
        .addMatchExpression(LabelRequirement.builder().key("app").operator("In").addValue("demo").build())
        .addPodMetricsEndpoint(PodScrapeEndpoint.builder()
            .port("metrics")
            .interval("15s")
            .addRelabeling(Relabeling.builder()
                .sourceLabels(java.util.List.of("__meta_kubernetes_pod_node_name"))
                .targetLabel("node")
                .build())
            .build())
        .build();
  }

  @Test
  void from_renderedPodMonitor_equalsTheOriginal() {
    assertThat(PodScrape.from(demo().toPodMonitor())).isEqualTo(demo());
  }

  @Test
  void toPodMonitor_demo_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("monitor/pod-scrape.yaml",
        Canonical.renderYaml(Canonical.toTree(demo().toPodMonitor())));
  }

  @Test
  void build_scrapeTimeoutBareNumber_failsNamingTheAttribute() {
    assertThatThrownBy(() -> PodScrapeEndpoint.builder().port("metrics").scrapeTimeout("10").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`scrapeTimeout`: Duration `10` is not a Prometheus duration: a bare number has no unit; write"
            + " `10s`.");
  }

  @Test
  void build_portNumberOutOfRange_failsNamingTheAttribute() {
    assertThatThrownBy(() -> PodScrapeEndpoint.builder().portNumber(65536).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`portNumber`: `65536` is not a port number from 1 to 65535.");
  }

  @Test
  void build_portNotAContainerPortName_failsNamingTheAttribute() {
    assertThatThrownBy(() -> PodScrapeEndpoint.builder().port("8080").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`port`: `8080` is not a port name: it needs at least one letter.");
    assertThatThrownBy(() -> PodScrapeEndpoint.builder().port("prometheus-metrics").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`port`: `prometheus-metrics` is not a port name: it has 18 characters, more than 15.");
  }

  @Test
  void build_portsAtTheEdges_areAccepted() {
    assertThat(PodScrapeEndpoint.builder().port("a").portNumber(1).build().toPodMetricsEndpoint().getPortNumber())
        .isEqualTo(1);
    assertThat(PodScrapeEndpoint.builder().port("metrics-0123456").portNumber(65535).build().port())
        .hasValue("metrics-0123456");
  }

  static Stream<Path> corpus() {
    return SharedData.files(SharedData.require("corpus", "real-world", "PodMonitor"), ".yaml").stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void from_realWorldPodMonitor_rendersBackTheSameSpec(Path path) throws Exception {
    PodMonitor original = Canonical.fromTree(DocumentReader.read(Files.readString(path)).get(0), PodMonitor.class);

    assertThat(Canonical.toTree(PodScrape.from(original).toPodMonitor()).get("spec"))
        .isEqualTo(Canonical.toTree(original).get("spec"));
  }
}
