package io.monitoringascode.stack.wiring;

import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Services a stack's cluster has, and what an in-cluster URL of the stack resolves to: the Services its releases
 * create ({@link ReleaseServices}), then those the stack declares, as its own objects or with {@code external(...)}.
 * The URL checks ({@code wiring/datasource-url}, {@code wiring/push-url}) share it, so they judge a URL alike.
 *
 * <p>It answers only what it can know: a URL {@code <svc>.<ns>} is left undecided when {@code <ns>} is no namespace of
 * the stack (it may be a public domain), as is a missing Service in a namespace no release is installed into, unless a
 * release creates a Service of that name elsewhere (the URL then names the wrong namespace).
 */
public final class StackServices {
  private final List<ReleaseServices> releases;
  private final List<ClusterService> all = new ArrayList<>();
  private final Set<String> releaseNamespaces = new TreeSet<>();
  private final Set<String> namespaces = new TreeSet<>();

  private StackServices(StackView view, List<ReleaseServices> releases) {
    this.releases = releases;
    view.releases().forEach(release -> releaseNamespaces.add(release.namespace()));
    releases.forEach(release -> release.services().forEach(service -> releaseNamespaces.add(service.namespace())));
    namespaces.addAll(releaseNamespaces);
    releases.forEach(release -> all.addAll(release.services()));
    for (RenderedDocument service : view.clusterObjectsOfKind("Service")) {
      List<Integer> ports = new ArrayList<>();
      service.tree().path("spec").path("ports").forEach(port -> ports.add(port.path("port").asInt(0)));
      all.add(new ClusterService(service.name(), service.namespace(), ports));
    }
    view.documents().forEach(document -> namespaces.add(document.namespace()));
    view.external().forEach(document -> namespaces.add(document.namespace()));
  }

  /**
   * The Services of a stack.
   *
   * @param view the stack
   * @return its Services; empty when a release creates Services this library cannot list (Loki's distributed mode),
   *     since no URL can then be said to name nothing
   */
  public static Optional<StackServices> of(StackView view) {
    List<ReleaseServices> releases = ReleaseServices.of(view);
    if (releases.stream().anyMatch(release -> !release.complete())) {
      return Optional.empty();
    }
    return Optional.of(new StackServices(view, releases));
  }

  /** What a URL resolves to. */
  public sealed interface Resolution {
    /**
     * The URL names a Service that listens on its port.
     *
     * @param service the Service
     */
    record Listening(ClusterService service) implements Resolution {}

    /**
     * The URL names a Service that does not listen on its port.
     *
     * @param service the Service, with the ports it listens on
     */
    record WrongPort(ClusterService service) implements Resolution {}

    /**
     * The URL names a Service the cluster will not have.
     *
     * @param namespace the namespace the URL names (the client's, for a bare name)
     */
    record NoService(String namespace) implements Resolution {}
  }

  /**
   * Resolves a URL as a client in a namespace does.
   *
   * @param url the parsed URL
   * @param clientNamespace the client's namespace, against which a bare name resolves
   * @return what it names; empty when that cannot be known
   */
  public Optional<Resolution> resolve(ServiceUrl url, String clientNamespace) {
    String namespace = url.namespaceOr(clientNamespace);
    if (url.form() == ServiceUrl.Form.NAMESPACED && !namespaces.contains(namespace)) {
      return Optional.empty();
    }
    Optional<ClusterService> named = all.stream().filter(service -> service.names(url, clientNamespace)).findFirst();
    if (named.isPresent()) {
      ClusterService service = named.get();
      // A declared Service without ports listens on whatever the user meant.
      return Optional.of(service.ports().isEmpty() || service.ports().contains(url.portOrDefault())
          ? new Resolution.Listening(service) : new Resolution.WrongPort(service));
    }
    if (!releaseNamespaces.contains(namespace) && named(url.service()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Resolution.NoService(namespace));
  }

  /**
   * Every Service: the releases' first, in their order, then the declared ones.
   *
   * @return the Services
   */
  public List<ClusterService> all() {
    return List.copyOf(all);
  }

  /**
   * The Services of each release.
   *
   * @return one entry per release
   */
  public List<ReleaseServices> releases() {
    return releases;
  }

  /**
   * The first Service of a name, in any namespace.
   *
   * @param name such as {@code loki-gateway}
   * @return the Service
   */
  public Optional<ClusterService> named(String name) {
    return all.stream().filter(service -> service.name().equals(name)).findFirst();
  }

  /**
   * The Service whose name is nearest to a name, for a did-you-mean.
   *
   * @param name the name written
   * @return the nearest Service, if any is near enough
   */
  public Optional<ClusterService> closest(String name) {
    return ClosestNames.closest(name, all.stream().map(ClusterService::name).toList()).flatMap(this::named);
  }
}
