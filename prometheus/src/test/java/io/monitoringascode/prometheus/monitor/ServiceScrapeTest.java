package io.monitoringascode.prometheus.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfigBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
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

class ServiceScrapeTest {
  /** The tutorial's ServiceMonitor, with a relabeling and a namespace selection added. */
  static ServiceScrape tutorial() {
    return ServiceScrape.builder()
        .name("prometheus-demo-app-svc-monitor")
        .putLabel("release", "prometheus")
        .putLabel("app", "prometheus")
        .jobLabel("job")
        .namespaceSelector(Namespaces.named("default"))
        .selector(new LabelSelectorBuilder().addToMatchLabels("app", "prometheus-demo-app-svc").build())
        .addEndpoint(ScrapeEndpoint.builder()
            .port("prometheus-demo-app-port")
            .path("/swagger-stats/metrics")
            .interval("30s")
            .scrapeTimeout("10s")
            .addMetricRelabeling(new RelabelConfigBuilder()
                .withAction("drop")
                .withSourceLabels("__name__")
                .withRegex("go_gc_.*")
                .build())
            .build())
        .build();
  }

  @Test
  void from_renderedServiceMonitor_equalsTheOriginal() {
    assertThat(ServiceScrape.from(tutorial().toServiceMonitor())).isEqualTo(tutorial());
  }

  @Test
  void toServiceMonitor_tutorial_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("monitor/service-scrape.yaml",
        Canonical.renderYaml(Canonical.toTree(tutorial().toServiceMonitor())));
  }

  @Test
  void build_intervalInWords_failsNamingTheAttribute() {
    assertThatThrownBy(() -> ScrapeEndpoint.builder().port("http").interval("5 minutes").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`interval`: Duration `5 minutes` is not a Prometheus duration");
  }

  @Test
  void build_targetPortOutOfRange_failsNamingTheAttributeAndValue() {
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("99999999999").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: `99999999999` is not a port number from 1 to 65535.");
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("0").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: `0` is not a port number from 1 to 65535.");
  }

  @Test
  void build_targetPortWithLeadingZeros_failsWithTheNumber() {
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("0080").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: `0080` is neither a port number (it has leading zeros) nor a port name (which needs"
            + " a letter); write `80`.");
  }

  @Test
  void build_targetPortNotAPortName_failsNamingEveryBrokenRule() {
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("Prometheus_Metrics").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: `Prometheus_Metrics` is not a port name: it has 18 characters, more than 15; it"
            + " may hold only lowercase letters, digits and `-`.");
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("-metrics").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: `-metrics` is not a port name: it may not start or end with `-` or contain `--`.");
    assertThatThrownBy(() -> ScrapeEndpoint.builder().targetPort("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`targetPort`: the port is empty; give a port number or name, or leave it unset.");
  }

  @Test
  void build_targetPortAtTheEdges_rendersNumbersAsIntegers() {
    assertThat(Stream.of("1", "65535", "http-metrics-01", "9").map(port -> ScrapeEndpoint.builder().targetPort(port)
            .build().toEndpoint().getTargetPort()))
        .extracting(port -> port.getIntVal() != null ? (Object) port.getIntVal() : port.getStrVal())
        .containsExactly(1, 65535, "http-metrics-01", 9);
  }

  @Test
  void from_targetPortWithLeadingZeros_failsNamingTheAttributeNotAsUnmodeled() {
    ServiceMonitor monitor = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: x}
        spec:
          selector: {}
          endpoints:
            - targetPort: "0080"
        """).get(0), ServiceMonitor.class);

    assertThatThrownBy(() -> ServiceScrape.from(monitor))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`targetPort`: `0080` is neither a port number");
  }

  @Test
  void from_targetPortNumberOrName_readsBoth() {
    ServiceMonitor monitor = Canonical.fromTree(DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: x}
        spec:
          selector: {}
          endpoints:
            - targetPort: 8080
            - targetPort: http-metrics
        """).get(0), ServiceMonitor.class);

    assertThat(ServiceScrape.from(monitor).endpoints()).extracting(endpoint -> endpoint.targetPort().orElseThrow())
        .containsExactly("8080", "http-metrics");
  }

  @Test
  void build_selectorRequirementWithoutValues_failsNamingTheOperator() {
    assertThatThrownBy(() -> LabelRequirement.builder().key("app").operator("In").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`values`: operator `In` needs at least one value.");
  }

  @Test
  void addMetricRelabeling_fabric8Object_isCopiedNotKept() {
    var config = new RelabelConfigBuilder().withAction("drop").withRegex("a").build();
    ScrapeEndpoint endpoint = ScrapeEndpoint.builder().port("http").addMetricRelabeling(config).build();
    config.setRegex("changed");

    assertThat(endpoint.metricRelabelings().get(0).regex()).hasValue("a");
  }

  static Stream<Path> corpus() {
    return SharedData.files(SharedData.require("corpus", "real-world", "ServiceMonitor"), ".yaml").stream();
  }

  /** Every real-world file either imports without loss or is refused with the key that is not modeled. */
  @ParameterizedTest
  @MethodSource("corpus")
  void from_realWorldServiceMonitor_isLosslessOrNamesWhatIsMissing(Path path) throws Exception {
    ServiceMonitor original = Canonical.fromTree(DocumentReader.read(Files.readString(path)).get(0),
        ServiceMonitor.class);
    try {
      ServiceScrape scrape = ServiceScrape.from(original);
      assertThat(Canonical.toTree(scrape.toServiceMonitor()).get("spec"))
          .isEqualTo(Canonical.toTree(original).get("spec"));
    } catch (InvalidModelException notModeled) {
      assertThat(notModeled).hasMessageContaining("is not modeled by ServiceScrape");
    }
  }
}
