package io.monitoringascode.prometheus.monitor;

import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.EndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfig;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One endpoint of a {@link ServiceScrape}: which port of the selected Services to scrape, and how. Renders to an item
 * of {@code spec.endpoints} (fabric8 {@link Endpoint}). All attributes but the port ones are the same as
 * {@link PodScrapeEndpoint}'s; fabric8 orders the keys alphabetically.
 *
 * <p>{@code build()} rejects a malformed {@code interval} or {@code scrapeTimeout} ({@code 30}, {@code 5 minutes}) and
 * a {@code targetPort} that is neither a port number nor a container port name, naming the attribute. Whether the
 * timeout fits in the interval relates two values, so the check {@code monitor/scrape-timeout} reports it instead.
 */
@Value.Immutable
@ModelStyle
public abstract class ScrapeEndpoint implements MonitorEndpoint<Endpoint> {
  /**
   * Starts an endpoint.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 endpoint.
   *
   * @param endpoint the endpoint; not kept
   * @return the endpoint
   * @throws io.monitoringascode.core.value.InvalidModelException if a duration or the target port is malformed
   */
  public static ScrapeEndpoint from(Endpoint endpoint) {
    return builder()
        .honorLabels(Optional.ofNullable(endpoint.getHonorLabels()))
        .honorTimestamps(Optional.ofNullable(endpoint.getHonorTimestamps()))
        .interval(Optional.ofNullable(endpoint.getInterval()))
        .metricRelabelings(Relabelings.from(endpoint.getMetricRelabelings()))
        .path(Optional.ofNullable(endpoint.getPath()))
        .port(Optional.ofNullable(endpoint.getPort()))
        .relabelings(Relabelings.from(endpoint.getRelabelings()))
        .scheme(Optional.ofNullable(endpoint.getScheme()))
        .scrapeTimeout(Optional.ofNullable(endpoint.getScrapeTimeout()))
        .targetPort(Optional.ofNullable(endpoint.getTargetPort()).map(Ports::text))
        .build();
  }

  /**
   * The name of the Service port to scrape. Renders to {@code port}.
   *
   * @return the port name
   */
  public abstract Optional<String> port();

  /**
   * The target port of the Pods behind the Service, by number ({@code 8080}: 1 to 65535, rendered as an integer) or
   * by container port name ({@code http-metrics}: at most 15 lowercase letters, digits and {@code -}, with at least
   * one letter). Renders to {@code targetPort}; {@link #port()} is the usual choice.
   *
   * @return the port number or name
   */
  public abstract Optional<String> targetPort();

  /** Rejects malformed durations and target ports, naming the attribute. */
  @Value.Check
  protected void check() {
    interval().ifPresent(text -> PromDuration.parse("interval", text));
    scrapeTimeout().ifPresent(text -> PromDuration.parse("scrapeTimeout", text));
    targetPort().ifPresent(port -> Ports.requireNumberOrName("targetPort", port));
  }

  /**
   * Renders this endpoint.
   *
   * @return a fresh fabric8 endpoint
   */
  public Endpoint toEndpoint() {
    return new EndpointBuilder()
        .withHonorLabels(honorLabels().orElse(null))
        .withHonorTimestamps(honorTimestamps().orElse(null))
        .withInterval(interval().orElse(null))
        .withMetricRelabelings(Relabelings.to(metricRelabelings()))
        .withPath(path().orElse(null))
        .withPort(port().orElse(null))
        .withRelabelings(Relabelings.to(relabelings()))
        .withScheme(scheme().orElse(null))
        .withScrapeTimeout(scrapeTimeout().orElse(null))
        .withTargetPort(targetPort().map(Ports::intOrString).orElse(null))
        .build();
  }

  /** Builds a {@link ScrapeEndpoint}; also takes fabric8 relabel configs, which it copies. */
  public static final class Builder extends ImmutableScrapeEndpoint.Builder {
    /**
     * Adds a relabeling given as a fabric8 object.
     *
     * @param config the relabel config; copied, not kept
     * @return this builder
     */
    public Builder addRelabeling(RelabelConfig config) {
      return addRelabeling(Relabeling.from(config));
    }

    /**
     * Adds a metric relabeling given as a fabric8 object.
     *
     * @param config the relabel config; copied, not kept
     * @return this builder
     */
    public Builder addMetricRelabeling(RelabelConfig config) {
      return addMetricRelabeling(Relabeling.from(config));
    }
  }

}
