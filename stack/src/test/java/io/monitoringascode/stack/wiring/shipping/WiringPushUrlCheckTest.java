package io.monitoringascode.stack.wiring.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.loki.fakelogs.FakeLogGenerator;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ShipperConfigMap;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringPushUrlCheckTest {
  private static final String NAMESPACE = "k8s-monitoring-ns";
  private static final String SINGLE_BINARY = "deploymentMode: SingleBinary\n";
  private static final String GATEWAY = "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push";
  private static final String FILE = "k8s-monitoring-ns/configmap-promtail-config.yaml";
  private final WiringPushUrlCheck check = new WiringPushUrlCheck();

  private static ChartRelease loki(String yaml) {
    return new ChartRelease("loki", NAMESPACE, LokiChart.get(), DocumentReader.read(yaml).get(0));
  }

  /** The tutorial's fake-log generator pushing to a URL, in the stack as the stack places it. */
  private static StackView view(String pushUrl, List<ChartRelease> releases, RenderedDocument... external) {
    FakeLogGenerator generator = FakeLogGenerator.builder().namespace(NAMESPACE).pushUrl(pushUrl).build();
    List<RenderedDocument> documents = new ArrayList<>();
    generator.resources().forEach(object -> documents.add(new RenderedDocument(
        object.getMetadata().getNamespace() + "/" + object.getKind().toLowerCase(java.util.Locale.ROOT) + "-"
            + object.getMetadata().getName() + ".yaml", Canonical.toTree(object))));
    ShipperConfigMap shipper = ShipperConfigMap.find(generator.shipper(), documents).orElseThrow();
    return new StackView(documents, List.of(external), releases, List.of(shipper));
  }

  private static StackView view(String pushUrl, String lokiValues) {
    return view(pushUrl, List.of(loki(lokiValues)));
  }

  private List<String> lines(StackView view) {
    return check.run(view, CheckContext.none()).stream().map(finding -> finding.severity() + " [" + finding.ruleId()
        + "] " + finding.location().file().orElse("") + "#" + finding.location().pointer() + ": " + finding.message()
        + finding.hint().map(hint -> " | " + hint).orElse("")).toList();
  }

  @Test
  void pushUrl_theGatewayOfTheLokiRelease_passes() {
    assertThat(lines(view(GATEWAY, SINGLE_BINARY))).isEmpty();
    // The short forms name the same Service; a bare name resolves in the shipper's namespace.
    assertThat(lines(view("http://loki-gateway.k8s-monitoring-ns/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
    assertThat(lines(view("http://loki-gateway/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
    // The single binary's own Service on Loki's HTTP port, and the write target in SimpleScalable mode.
    assertThat(lines(view("http://loki:3100/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
    assertThat(lines(view("http://loki-write.k8s-monitoring-ns.svc.cluster.local:3100/loki/api/v1/push", "{}")))
        .isEmpty();
  }

  @Test
  void pushUrl_serviceInAnotherNamespace_reportsTheGatewayOfTheRelease() {
    // Loki's documentation installs Loki into namespace `loki`; the tutorial installs it into k8s-monitoring-ns.
    assertThat(lines(view("http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push", SINGLE_BINARY)))
        .containsExactly("ERROR [wiring/push-url] " + FILE + "#/data/config.yaml/clients/0/url: The client URL"
            + " `http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push` names Service `loki-gateway` in"
            + " namespace `loki`, which no release of the stack creates and the stack declares none, so the host"
            + " does not resolve and no line reaches Loki. | Set `clients[0].url` in `data.\"config.yaml\"` to `"
            + GATEWAY + "`, or declare the Service as an external object if something else installs it.");
  }

  @Test
  void pushUrl_serviceTheReleaseDoesNotCreate_reportsTheGateway() {
    // The chart's default SimpleScalable mode has no `loki` Service, only loki-read, loki-write and loki-backend.
    assertThat(lines(view("http://loki:3100/loki/api/v1/push", "{}"))).containsExactly(
        "ERROR [wiring/push-url] " + FILE + "#/data/config.yaml/clients/0/url: The client URL"
            + " `http://loki:3100/loki/api/v1/push` names Service `loki` in namespace `k8s-monitoring-ns`, which no"
            + " release of the stack creates and the stack declares none, so the host does not resolve and no line"
            + " reaches Loki. | Set `clients[0].url` in `data.\"config.yaml\"` to `" + GATEWAY + "`, or declare the"
            + " Service as an external object if something else installs it.");
  }

  @Test
  void pushUrl_gatewayOff_reportsTheSingleBinarysService() {
    assertThat(lines(view("http://loki-gateway/loki/api/v1/push", SINGLE_BINARY + "gateway: {enabled: false}\n")))
        .containsExactly("ERROR [wiring/push-url] " + FILE + "#/data/config.yaml/clients/0/url: The client URL"
            + " `http://loki-gateway/loki/api/v1/push` names Service `loki-gateway` in namespace"
            + " `k8s-monitoring-ns`, which no release of the stack creates and the stack declares none, so the host"
            + " does not resolve and no line reaches Loki. | Set `clients[0].url` in `data.\"config.yaml\"` to"
            + " `http://loki.k8s-monitoring-ns.svc.cluster.local:3100/loki/api/v1/push`, or declare the Service as"
            + " an external object if something else installs it.");
  }

  @Test
  void pushUrl_portTheServiceDoesNotListenOn_reportsItsPort() {
    assertThat(lines(view("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local:3100/loki/api/v1/push",
        SINGLE_BINARY))).containsExactly("ERROR [wiring/push-url] " + FILE + "#/data/config.yaml/clients/0/url: The"
            + " client URL `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local:3100/loki/api/v1/push` names"
            + " Service `loki-gateway` in namespace `k8s-monitoring-ns`, which listens on port 80, not 3100, so no"
            + " line reaches Loki. | Set `clients[0].url` in `data.\"config.yaml\"` to `" + GATEWAY + "`.");
  }

  @Test
  void pushUrl_whatTheCheckCannotKnow_isSilent() {
    String otherNamespace = "http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push";
    // No Loki release: nothing to compare with.
    assertThat(lines(view(otherNamespace, List.of()))).isEmpty();
    // Loki's distributed mode creates Services this library does not list.
    assertThat(lines(view(otherNamespace, "deploymentMode: Distributed\n"))).isEmpty();
    // Hosts outside the cluster, and `<svc>.<ns>` where `<ns>` is no namespace of the stack.
    assertThat(lines(view("https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
    assertThat(lines(view("http://loki.example/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
    // A URL Promtail completes from the environment.
    assertThat(lines(view("http://${LOKI_HOST}/loki/api/v1/push", SINGLE_BINARY))).isEmpty();
  }

  @Test
  void pushUrl_serviceDeclaredAsExternal_passes() {
    RenderedDocument service = new RenderedDocument("loki/service-loki-gateway.yaml", Canonical.toTree(
        new ServiceBuilder().withNewMetadata().withName("loki-gateway").withNamespace("loki").endMetadata()
            .withNewSpec().addNewPort().withPort(80).endPort().endSpec().build()));
    assertThat(lines(view("http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push",
        List.of(loki(SINGLE_BINARY)), service))).isEmpty();
  }
}
