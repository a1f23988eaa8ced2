package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Ingress in front of Grafana. Renders to {@code grafana.ingress}; {@code enabled} defaults to {@code true} here,
 * since building an ingress means wanting one.
 *
 * <pre>{@code
 * GrafanaIngress.builder()
 *     .ingressClassName("nginx")
 *     .addHost("grafana.example.com")
 *     .addTls(GrafanaIngressTls.builder().secretName("grafana-tls").addHost("grafana.example.com").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaIngress {
  /**
   * Starts an ingress.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart creates the Ingress. Renders to {@code enabled}; defaults to {@code true}.
   *
   * @return the switch
   */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /**
   * The IngressClass, such as {@code nginx}. Renders to {@code ingressClassName}, a key the chart documents in a
   * comment; unset uses the cluster's default class.
   *
   * @return the class
   */
  public abstract Optional<String> ingressClassName();

  /**
   * Annotations of the Ingress, such as cert-manager's issuer. Renders to {@code annotations}, sorted.
   *
   * @return the annotations
   */
  public abstract Map<String, String> annotations();

  /**
   * Host names. Renders to {@code hosts}; the chart's default is none.
   *
   * @return the hosts
   */
  public abstract List<String> hosts();

  /**
   * The path. Renders to {@code path}; the chart's default is {@code /}.
   *
   * @return the path
   */
  public abstract Optional<String> path();

  /**
   * TLS certificates. Renders to {@code tls}.
   *
   * @return the certificates
   */
  public abstract List<GrafanaIngressTls> tls();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .put("ingressClassName", ingressClassName())
        .putMap("annotations", annotations())
        .putList("hosts", hosts(), host -> host)
        .put("path", path())
        .putList("tls", tls(), entry -> entry.toTree().node());
  }

  /** Builds a {@link GrafanaIngress}. */
  public static final class Builder extends ImmutableGrafanaIngress.Builder {}
}
