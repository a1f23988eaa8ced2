package io.monitoringascode.stack.wiring;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL whose host is the in-cluster DNS name of a Service, in one of the forms a pod resolves: the fully qualified
 * {@code <svc>.<ns>.svc.cluster.local}, or a short form completed by the search domains of the pod's
 * {@code resolv.conf} ({@code <ns>.svc.cluster.local svc.cluster.local cluster.local}): {@code <svc>.<ns>.svc},
 * {@code <svc>.<ns>}, or a bare {@code <svc>} in the pod's own namespace
 * (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/).
 *
 * @param text the URL as written
 * @param scheme {@code http} or {@code https}
 * @param service the Service's name
 * @param namespace the namespace the host names, empty for a bare name
 * @param port the port the URL names, empty when it names none
 * @param form which form the host takes
 */
public record ServiceUrl(String text, String scheme, String service, Optional<String> namespace, OptionalInt port,
    Form form) {
  /** scheme://[user@]host[:port][/path...]; a Helm template or an unexpected shape does not match. */
  private static final Pattern URL =
      Pattern.compile("((?i)https?)://(?:[^@/]*@)?([A-Za-z0-9.-]+)(?::(\\d{1,5}))?(?:[/?#].*)?");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** The form of a Service's host name. */
  public enum Form {
    /** {@code <svc>}: resolved in the client's own namespace. */
    BARE,
    /**
     * {@code <svc>.<ns>}: a Service only when {@code <ns>} is a namespace; {@code grafana.com} has the same shape, so
     * callers treat it as a Service only for a namespace they know.
     */
    NAMESPACED,
    /** {@code <svc>.<ns>.svc}. */
    SVC,
    /** {@code <svc>.<ns>.svc.cluster.local}. */
    FULLY_QUALIFIED
  }

  /**
   * Reads a URL that may name an in-cluster Service.
   *
   * @param url such as {@code http://loki-gateway.monitoring.svc.cluster.local/}
   * @return the URL's parts, or empty for a host outside the cluster (more labels, another domain, an IP address,
   *     {@code localhost}), a Helm template, or text that is no http(s) URL
   */
  public static Optional<ServiceUrl> parse(String url) {
    Matcher matcher = URL.matcher(url.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
    String host = matcher.group(2).toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    OptionalInt port = matcher.group(3) == null ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(matcher.group(3)));
    String[] labels = host.split("\\.", -1);
    for (String label : labels) {
      if (!DNS_LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    if (host.equals("localhost") || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Form form;
    if (labels.length == 1) {
      form = Form.BARE;
    } else if (labels.length == 2) {
      form = Form.NAMESPACED;
    } else if (labels.length == 3 && labels[2].equals("svc")) {
      form = Form.SVC;
    } else if (labels.length == 5 && host.endsWith("." + ClusterService.CLUSTER_DOMAIN)) {
      form = Form.FULLY_QUALIFIED;
    } else {
      return Optional.empty();
    }
    return Optional.of(new ServiceUrl(url, scheme, labels[0],
        labels.length == 1 ? Optional.empty() : Optional.of(labels[1]), port, form));
  }

  /**
   * The namespace the URL names, or the client's for a bare name.
   *
   * @param clientNamespace the namespace of the client that resolves the URL
   * @return the namespace
   */
  public String namespaceOr(String clientNamespace) {
    return namespace.orElse(clientNamespace);
  }

  /**
   * The port the URL connects to.
   *
   * @return its port, or the scheme's default (80 for {@code http}, 443 for {@code https})
   */
  public int portOrDefault() {
    return port.orElse(scheme.equals("https") ? 443 : 80);
  }
}
