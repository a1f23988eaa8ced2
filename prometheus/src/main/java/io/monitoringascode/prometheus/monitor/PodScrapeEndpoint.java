package io.monitoringascode.prometheus.monitor;

import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfig;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One endpoint of a {@link PodScrape}: which port of the selected Pods to scrape, and how. Renders to an item of
 * {@code spec.podMetricsEndpoints} (fabric8 {@link PodMetricsEndpoint}). All attributes but the port ones are the same
 * as {@link ScrapeEndpoint}'s; fabric8 orders the keys alphabetically.
 *
 * <p>{@code build()} rejects a malformed {@code interval} or {@code scrapeTimeout} ({@code 30}, {@code 5 minutes}), a
 * {@code port} that is not a container port name and a {@code portNumber} outside 1 to 65535, naming the attribute.
 * Whether the timeout fits in the interval relates two values, so the check
 * {@code monitor/scrape-timeout} reports it instead.
 */
@Value.Immutable
@ModelStyle
public abstract class PodScrapeEndpoint implements MonitorEndpoint<PodMetricsEndpoint> {
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
   * @throws io.monitoringascode.core.value.InvalidModelException if a duration or a port is malformed
   */
  public static PodScrapeEndpoint from(PodMetricsEndpoint endpoint) {
    return builder()
        .honorLabels(Optional.ofNullable(endpoint.getHonorLabels()))
        .honorTimestamps(Optional.ofNullable(endpoint.getHonorTimestamps()))
        .interval(Optional.ofNullable(endpoint.getInterval()))
        .metricRelabelings(Relabelings.from(endpoint.getMetricRelabelings()))
        .path(Optional.ofNullable(endpoint.getPath()))
        .port(Optional.ofNullable(endpoint.getPort()))
        .portNumber(Optional.ofNullable(endpoint.getPortNumber()))
        .relabelings(Relabelings.from(endpoint.getRelabelings()))
        .scheme(Optional.ofNullable(endpoint.getScheme()))
        .scrapeTimeout(Optional.ofNullable(endpoint.getScrapeTimeout()))
        .build();
  }

  /**
   * The name of the container port to scrape: at most 15 lowercase letters, digits and {@code -}, with at least one
   * letter, as Kubernetes requires of container port names. Renders to {@code port}.
   *
   * @return the port name
   */
  public abstract Optional<String> port();

  /**
   * The number of the container port to scrape, 1 to 65535, for ports without a name. Renders to
   * {@code portNumber}.
   *
   * @return the port number
   */
  public abstract Optional<Integer> portNumber();

  /** Rejects malformed durations and ports, naming the attribute. */
  @Value.Check
  protected void check() {
    interval().ifPresent(text -> PromDuration.parse("interval", text));
    port().ifPresent(name -> Ports.requireName("port", name));
    portNumber().ifPresent(number -> Ports.requireNumber("portNumber", number));
    scrapeTimeout().ifPresent(text -> PromDuration.parse("scrapeTimeout", text));
  }

  /**
   * Renders this endpoint.
   *
   * @return a fresh fabric8 endpoint
   */
  public PodMetricsEndpoint toPodMetricsEndpoint() {
    return new PodMetricsEndpointBuilder()
        .withHonorLabels(honorLabels().orElse(null))
        .withHonorTimestamps(honorTimestamps().orElse(null))
        .withInterval(interval().orElse(null))
        .withMetricRelabelings(Relabelings.to(metricRelabelings()))
        .withPath(path().orElse(null))
        .withPort(port().orElse(null))
        .withPortNumber(portNumber().orElse(null))
        .withRelabelings(Relabelings.to(relabelings()))
        .withScheme(scheme().orElse(null))
        .withScrapeTimeout(scrapeTimeout().orElse(null))
        .build();
  }

  /** Builds a {@link PodScrapeEndpoint}; also takes fabric8 relabel configs, which it copies. */
  public static final class Builder extends ImmutablePodScrapeEndpoint.Builder {
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
