package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tells the Prometheus Operator to scrape the Services that match a selector: a {@code monitoring.coreos.com/v1}
 * ServiceMonitor, which {@link #toServiceMonitor()} renders. The metadata and selector attributes are the same as
 * {@link PodScrape}'s; fabric8 orders keys alphabetically within each object.
 *
 * <pre>{@code
 * ServiceScrape.builder()
 *     .name("prometheus-demo-app-svc-monitor")
 *     .putLabel("release", "prometheus")
 *     .putMatchLabel("app", "prometheus-demo-app-svc")
 *     .addEndpoint(ScrapeEndpoint.builder().port("prometheus-demo-app-port").interval("30s").build())
 *     .build();
 * }</pre>
 *
 * <p><b>Validation.</b> {@code build()} rejects what is meaningless on its own, such as a duration of
 * {@code 5 minutes}, naming the attribute. Whether the chart's Prometheus selects the object, and every other rule
 * that relates values, are checks ({@code PrometheusChecks}), which report all problems at once.
 *
 * <p><b>Importing.</b> {@link #from(ServiceMonitor)} reads an existing object through the same builder, so it
 * throws on what {@code build()} rejects, and it also throws, naming the key, when the object uses a field this type
 * does not model yet (such as {@code tlsConfig}), rather than dropping it. Both can only happen to objects that are
 * either broken or outside this model; to check existing files as they are, run the checks on the fabric8 objects,
 * which never throw. The API server rejects malformed durations through the CRD's pattern, so a ServiceMonitor read
 * back from a cluster always imports as far as its durations go.
 */
@Value.Immutable
@ModelStyle
public abstract class ServiceScrape implements Monitor<ServiceMonitor> {
  /**
   * Starts a ServiceMonitor.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a fabric8 ServiceMonitor.
   *
   * @param monitor the object; not kept
   * @return the value, which renders back to the same object (metadata other than name, namespace, labels and
   *     annotations aside)
   * @throws InvalidModelException if a value is malformed or a field is not modeled, naming it
   */
  public static ServiceScrape from(ServiceMonitor monitor) {
    Builder builder = Monitor.readMetadata(builder(), monitor.getMetadata());
    var spec = monitor.getSpec();
    if (spec != null) {
      builder.endpoints(Selectors.map(spec.getEndpoints(), ScrapeEndpoint::from))
          .jobLabel(Optional.ofNullable(spec.getJobLabel()))
          .namespaceSelector(Optional.ofNullable(spec.getNamespaceSelector()).map(Namespaces::from))
          .podTargetLabels(Selectors.orEmpty(spec.getPodTargetLabels()))
          .sampleLimit(Optional.ofNullable(spec.getSampleLimit()))
          .matchExpressions(Selectors.matchExpressions(spec.getSelector()))
          .matchLabels(Selectors.matchLabels(spec.getSelector()))
          .targetLabels(Selectors.orEmpty(spec.getTargetLabels()));
    }
    ServiceScrape scrape = builder.build();
    Fidelity.requireLossless("ServiceScrape", monitor, scrape.toServiceMonitor());
    return scrape;
  }

  /**
   * The endpoints to scrape on each selected Service. Renders to {@code spec.endpoints}.
   *
   * @return the endpoints, in order
   */
  public abstract List<ScrapeEndpoint> endpoints();

  /**
   * Service labels copied onto the scraped series. Renders to {@code spec.targetLabels}; empty by default.
   *
   * @return the label names
   */
  public abstract List<String> targetLabels();

  /** Rejects an empty name. */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a ServiceMonitor needs a non-empty `metadata.name`.");
    }
  }

  /**
   * Renders this value.
   *
   * @return a fresh fabric8 ServiceMonitor
   */
  public ServiceMonitor toServiceMonitor() {
    List<Endpoint> rendered = Selectors.map(endpoints(), ScrapeEndpoint::toEndpoint);
    return new ServiceMonitorBuilder()
        .withMetadata(Monitor.toObjectMeta(this))
        .withNewSpec()
        .withEndpoints(rendered.isEmpty() ? null : rendered)
        .withJobLabel(jobLabel().orElse(null))
        .withNamespaceSelector(namespaceSelector().map(Namespaces::toNamespaceSelector).orElse(null))
        .withPodTargetLabels(Selectors.orNull(podTargetLabels()))
        .withSampleLimit(sampleLimit().orElse(null))
        .withSelector(Selectors.to(matchLabels(), matchExpressions()))
        .withTargetLabels(Selectors.orNull(targetLabels()))
        .endSpec()
        .build();
  }

  /** Builds a {@link ServiceScrape}; also takes a fabric8 label selector, which it copies. */
  public static final class Builder extends ImmutableServiceScrape.Builder
      implements Monitor.Setters<Builder> {
    /**
     * Adds the match labels and requirements of a fabric8 selector.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder selector(LabelSelector selector) {
      return putAllMatchLabels(Selectors.matchLabels(selector))
          .addAllMatchExpressions(Selectors.matchExpressions(selector));
    }
  }
}
