package io.monitoringascode.stack.wiring.shipping;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.ClusterService;
import io.monitoringascode.stack.wiring.ReleaseServices;
import io.monitoringascode.stack.wiring.ServiceUrl;
import io.monitoringascode.stack.wiring.ShipperConfigMap;
import io.monitoringascode.stack.wiring.StackServices;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Optional;

/**
 * {@code wiring/push-url}: a log shipper's client URL names an in-cluster Service that neither the stack's Loki release
 * nor any other release creates and that the stack does not declare, or a port that Service does not listen on. The
 * shipper retries each batch and logs the error in its own pod, and no line reaches Loki.
 *
 * <p>URLs resolve as {@code wiring/datasource-url} resolves them ({@link StackServices}), a bare name in the shipper's
 * namespace (its ConfigMap's). Silent without a grafana/loki release, when a release creates Services this library
 * cannot list (Loki's distributed mode), for hosts outside the cluster, for URLs holding an environment variable, and
 * whenever {@link StackServices} cannot know.
 */
public final class WiringPushUrlCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/push-url", Severity.ERROR,
      "A log shipper's client URL names an in-cluster Service, or a port of one, that the stack does not have.");
  /** Loki's push endpoint, which {@code logs/push-url} requires of the path. */
  private static final String PUSH = "/loki/api/v1/push";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<StackServices> services = StackServices.of(view);
    if (view.loki().isEmpty() || services.isEmpty() || view.logShippers().isEmpty()) {
      return;
    }
    ReleaseServices loki = ReleaseServices.of(view.loki().get());
    for (ShipperConfigMap shipper : view.logShippers()) {
      List<String> urls = shipper.shipper().config().pushUrls();
      for (int c = 0; c < urls.size(); c++) {
        // Promtail expands `${VAR}` with -config.expand-env: the URL is not known here.
        if (!urls.get(c).contains("$")) {
          check(services.get(), loki, shipper, c, urls.get(c), sink);
        }
      }
    }
  }

  private static void check(StackServices services, ReleaseServices loki, ShipperConfigMap shipper, int client,
      String text, FindingSink sink) {
    Optional<ServiceUrl> parsed = ServiceUrl.parse(text);
    Optional<StackServices.Resolution> resolution =
        parsed.flatMap(url -> services.resolve(url, shipper.namespace()));
    if (resolution.isEmpty()) {
      return;
    }
    ServiceUrl url = parsed.get();
    Location location = Location.in(shipper.configMap().file(), 0,
        shipper.pointer(JsonPointers.of("clients", client, "url")));
    String key = "clients[" + client + "].url` in `data.\"config.yaml\"";
    if (resolution.get() instanceof StackServices.Resolution.WrongPort wrong) {
      ClusterService service = wrong.service();
      sink.at(location).error("The client URL `" + url.text() + "` names Service `" + service.name()
              + "` in namespace `" + service.namespace() + "`, which listens on " + service.portList() + ", not "
              + url.portOrDefault() + ", so no line reaches Loki.")
          .hint("Set `" + key + "` to `" + service.url(service.ports().get(0)) + PUSH + "`.");
    } else if (resolution.get() instanceof StackServices.Resolution.NoService missing) {
      Optional<String> suggestion = services.named(url.service()).or(() -> entryPoint(loki))
          .filter(service -> !service.ports().isEmpty())
          .map(service -> service.url(service.ports().contains(url.portOrDefault())
              ? url.portOrDefault() : service.ports().get(0)) + PUSH);
      sink.at(location).error("The client URL `" + url.text() + "` names Service `" + url.service()
              + "` in namespace `" + missing.namespace() + "`, which no release of the stack creates and the stack"
              + " declares none, so the host does not resolve and no line reaches Loki.")
          .hint(suggestion.map(s -> "Set `" + key + "` to `" + s + "`, or declare the Service as an external object"
              + " if something else installs it.").orElse("Point `" + key + "` at the push endpoint of Loki release `"
              + loki.release() + "`, or declare the Service as an external object if something else installs it."));
    }
  }

  /**
   * Where the Loki release receives pushes: its gateway (which routes {@code /loki/api/v1/push} to the write path),
   * else the write target's Service, else the single binary's own Service (the one Service with Loki's HTTP and gRPC
   * ports that is not headless).
   */
  private static Optional<ClusterService> entryPoint(ReleaseServices loki) {
    return loki.services().stream().filter(service -> service.name().endsWith("-gateway")).findFirst()
        .or(() -> loki.services().stream().filter(service -> service.name().endsWith("-write")).findFirst())
        .or(() -> loki.services().stream()
            .filter(service -> service.ports().size() == 2 && !service.name().endsWith("-headless")).findFirst());
  }
}
