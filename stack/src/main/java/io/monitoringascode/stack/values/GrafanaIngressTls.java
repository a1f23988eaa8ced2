package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import org.immutables.value.Value;

/**
 * A TLS certificate of Grafana's Ingress, from a Secret of type {@code kubernetes.io/tls}. Renders to an item of
 * {@code grafana.ingress.tls}.
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaIngressTls {
  /**
   * Starts a TLS entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Secret holding the certificate and key. Renders to {@code secretName}.
   *
   * @return the name
   */
  public abstract String secretName();

  /**
   * The host names the certificate covers. Renders to {@code hosts}.
   *
   * @return the hosts
   */
  public abstract List<String> hosts();

  /** Requires at least one host. */
  @Value.Check
  protected void check() {
    if (hosts().isEmpty()) {
      throw new InvalidModelException("`tls.hosts`: a certificate for `" + secretName() + "` needs a host.");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter().put("secretName", secretName()).putList("hosts", hosts(), host -> host);
  }

  /** Builds a {@link GrafanaIngressTls}. */
  public static final class Builder extends ImmutableGrafanaIngressTls.Builder {}
}
