package io.monitoringascode.stack.wiring;

import java.util.List;
import java.util.Objects;

/**
 * A Service that exists in the cluster: its name, its namespace and the ports it listens on.
 *
 * @param name the Service's {@code metadata.name}, such as {@code loki-gateway}
 * @param namespace its namespace
 * @param ports the ports of {@code spec.ports[].port}, in order
 */
public record ClusterService(String name, String namespace, List<Integer> ports) {
  /** The suffix of the in-cluster DNS names of Services under the default cluster domain. */
  static final String CLUSTER_DOMAIN = "svc.cluster.local";

  /** Checks the parts and copies the ports. */
  public ClusterService {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    ports = List.copyOf(ports);
  }

  /**
   * The URL of one port in its fully qualified form, as a client in any namespace reaches it. Port 80 is left out, as
   * an {@code http} URL without a port means 80.
   *
   * @param port one of the ports
   * @return such as {@code http://loki-gateway.monitoring.svc.cluster.local} or
   *     {@code http://prometheus-kube-prometheus-prometheus.monitoring.svc.cluster.local:9090}
   */
  public String url(int port) {
    return "http://" + name + "." + namespace + "." + CLUSTER_DOMAIN + (port == 80 ? "" : ":" + port);
  }

  /**
   * The URLs of the Service: the fully qualified one and the short forms a client resolves through the search domains
   * of its {@code resolv.conf} ({@code <svc>.<ns>.svc}, {@code <svc>.<ns>}, and {@code <svc>}, which only a client in
   * the same namespace resolves), for each port.
   *
   * @return the URLs, the fully qualified form of the first port first
   */
  public List<String> urls() {
    return ports.stream().flatMap(port -> {
      String suffix = port == 80 ? "" : ":" + port;
      return List.of(url(port), "http://" + name + "." + namespace + ".svc" + suffix,
          "http://" + name + "." + namespace + suffix, "http://" + name + suffix).stream();
    }).toList();
  }

  /**
   * The ports, as a message names them.
   *
   * @return such as {@code port 80} or {@code ports 3100, 9095}
   */
  public String portList() {
    return ports.size() == 1 ? "port " + ports.get(0)
        : "ports " + String.join(", ", ports.stream().map(String::valueOf).toList());
  }

  /**
   * Whether a URL names this Service, port included.
   *
   * @param url the parsed URL
   * @param clientNamespace the namespace of the client (such as Grafana), against which a bare name resolves
   * @return {@code true} when the URL's Service, namespace and port are this Service's
   */
  public boolean answers(ServiceUrl url, String clientNamespace) {
    return names(url, clientNamespace) && ports.contains(url.portOrDefault());
  }

  /**
   * Whether a URL names this Service, whatever its port.
   *
   * @param url the parsed URL
   * @param clientNamespace the namespace of the client, against which a bare name resolves
   * @return {@code true} when the URL's Service and namespace are this Service's
   */
  public boolean names(ServiceUrl url, String clientNamespace) {
    return name.equals(url.service()) && namespace.equals(url.namespaceOr(clientNamespace));
  }
}
