package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitorBuilder;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tells the Prometheus Operator to scrape the Pods that match a selector, without a Service in front of them: a
 * {@code monitoring.coreos.com/v1} PodMonitor, which {@link #toPodMonitor()} renders. The metadata and selector
 * attributes are the same as {@link ServiceScrape}'s; fabric8 orders keys alphabetically within each object.
 *
 * <pre>{@code
 * PodScrape.builder()
 *     .name("prometheus-demo-app-pods")
 *     .putLabel("release", "prometheus")
 *     .putMatchLabel("app", "prometheus-demo-app")
 *     .addPodMetricsEndpoint(PodScrapeEndpoint.builder().port("metrics").interval("30s").build())
 *     .build();
 * }</pre>
 *
 * <p><b>Validation.</b> {@code build()} rejects what is meaningless on its own, such as a duration of
 * {@code 5 minutes}, naming the attribute. Whether the chart's Prometheus selects the object, and every other rule
 * that relates values, are checks ({@code PrometheusChecks}), which report all problems at once.
 *
 * <p><b>Importing.</b> {@link #from(PodMonitor)} reads an existing object through the same builder, so it
 * throws on what {@code build()} rejects, and it also throws, naming the key, when the object uses a field this type
 * does not model yet (such as {@code tlsConfig}), rather than dropping it. Both can only happen to objects that are
 * either broken or outside this model; to check existing files as they are, run the checks on the fabric8 objects,
 * which never throw. The API server rejects malformed durations through the CRD's pattern, so a PodMonitor read
 * back from a cluster always imports as far as its durations go.
 */
@Value.Immutable
@ModelStyle
public abstract class PodScrape implements Monitor<PodMonitor> {
  /**
   * Starts a PodMonitor.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a fabric8 PodMonitor.
   *
   * @param monitor the object; not kept
   * @return the value, which renders back to the same object (metadata other than name, namespace, labels and
   *     annotations aside)
   * @throws InvalidModelException if a value is malformed or a field is not modeled, naming it
   */
  public static PodScrape from(PodMonitor monitor) {
    Builder builder = Monitor.readMetadata(builder(), monitor.getMetadata());
    var spec = monitor.getSpec();
    if (spec != null) {
      List<PodScrapeEndpoint> endpoints = Selectors.map(spec.getPodMetricsEndpoints(), PodScrapeEndpoint::from);
      builder.jobLabel(Optional.ofNullable(spec.getJobLabel()))
          .namespaceSelector(Optional.ofNullable(spec.getNamespaceSelector()).map(Namespaces::from))
          .podMetricsEndpoints(endpoints)
          .podTargetLabels(Selectors.orEmpty(spec.getPodTargetLabels()))
          .sampleLimit(Optional.ofNullable(spec.getSampleLimit()))
          .matchExpressions(Selectors.matchExpressions(spec.getSelector()))
          .matchLabels(Selectors.matchLabels(spec.getSelector()));
    }
    PodScrape scrape = builder.build();
    Fidelity.requireLossless("PodScrape", monitor, scrape.toPodMonitor());
    return scrape;
  }

  /**
   * The endpoints to scrape on each selected Pod. Renders to {@code spec.podMetricsEndpoints}.
   *
   * @return the endpoints, in order
   */
  public abstract List<PodScrapeEndpoint> podMetricsEndpoints();

  /** Rejects an empty name. */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a PodMonitor needs a non-empty `metadata.name`.");
    }
  }

  /**
   * Renders this value.
   *
   * @return a fresh fabric8 PodMonitor
   */
  public PodMonitor toPodMonitor() {
    List<PodMetricsEndpoint> rendered = Selectors.map(podMetricsEndpoints(), PodScrapeEndpoint::toPodMetricsEndpoint);
    return new PodMonitorBuilder()
        .withMetadata(Monitor.toObjectMeta(this))
        .withNewSpec()
        .withJobLabel(jobLabel().orElse(null))
        .withNamespaceSelector(namespaceSelector().map(Namespaces::toNamespaceSelector).orElse(null))
        .withPodMetricsEndpoints(rendered.isEmpty() ? null : rendered)
        .withPodTargetLabels(Selectors.orNull(podTargetLabels()))
        .withSampleLimit(sampleLimit().orElse(null))
        .withSelector(Selectors.to(matchLabels(), matchExpressions()))
        .endSpec()
        .build();
  }

  /** Builds a {@link PodScrape}; also takes a fabric8 label selector, which it copies. */
  public static final class Builder extends ImmutablePodScrape.Builder implements Monitor.Setters<Builder> {
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
