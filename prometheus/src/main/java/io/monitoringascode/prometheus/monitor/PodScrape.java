package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitorBuilder;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tells the Prometheus Operator to scrape the Pods that match a selector, without a Service in front of them: a
 * {@code monitoring.coreos.com/v1} PodMonitor, which {@link #toPodMonitor()} renders. Attributes are declared in the order they render
 * (fabric8 orders keys alphabetically within each object).
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
public abstract class PodScrape {
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
    ObjectMeta metadata = monitor.getMetadata() == null ? new ObjectMeta() : monitor.getMetadata();
    Builder builder = builder()
        .annotations(Selectors.orEmpty(metadata.getAnnotations()))
        .labels(Selectors.orEmpty(metadata.getLabels()))
        .name(metadata.getName() == null ? "" : metadata.getName())
        .namespace(Optional.ofNullable(metadata.getNamespace()));
    if (monitor.getSpec() != null) {
      var spec = monitor.getSpec();
      List<PodScrapeEndpoint> endpoints = new ArrayList<>();
      if (spec.getPodMetricsEndpoints() != null) {
        spec.getPodMetricsEndpoints().forEach(endpoint -> endpoints.add(PodScrapeEndpoint.from(endpoint)));
      }
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
   * Annotations of the object. Renders to {@code metadata.annotations}; empty by default.
   *
   * @return annotation key to value
   */
  public abstract Map<String, String> annotations();

  /**
   * Labels of the object; the chart's Prometheus selects PodMonitors by label, by default
   * {@code release: <helm release>}. Renders to {@code metadata.labels}; empty by default.
   *
   * @return label key to value
   */
  public abstract Map<String, String> labels();

  /**
   * The object's name. Renders to {@code metadata.name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The object's namespace. Renders to {@code metadata.namespace}; absent means the namespace it is applied to.
   *
   * @return the namespace
   */
  public abstract Optional<String> namespace();

  /**
   * The Pod label whose value becomes the {@code job} label. Renders to {@code spec.jobLabel}; absent means
   * {@code <namespace>/<name>} of this object.
   *
   * @return the label name
   */
  public abstract Optional<String> jobLabel();

  /**
   * Where to look for Pods. Renders to {@code spec.namespaceSelector}; absent means the object's own namespace.
   *
   * @return the namespaces
   */
  public abstract Optional<Namespaces> namespaceSelector();

  /**
   * The endpoints to scrape on each selected Pod. Renders to {@code spec.podMetricsEndpoints}.
   *
   * @return the endpoints, in order
   */
  public abstract List<PodScrapeEndpoint> podMetricsEndpoints();

  /**
   * Pod labels copied onto the scraped series. Renders to {@code spec.podTargetLabels}; empty by default.
   *
   * @return the label names
   */
  public abstract List<String> podTargetLabels();

  /**
   * The most samples one scrape may return before it is failed. Renders to {@code spec.sampleLimit}.
   *
   * @return the limit
   */
  public abstract Optional<Long> sampleLimit();

  /**
   * Set-based requirements on Pod labels. Renders to {@code spec.selector.matchExpressions}; empty by default.
   *
   * @return the requirements
   */
  public abstract List<LabelRequirement> matchExpressions();

  /**
   * Labels a Pod must carry to be scraped. Renders to {@code spec.selector.matchLabels}; empty by default. With
   * no labels and no requirements, every Pod in the selected namespaces matches.
   *
   * @return label key to value
   */
  public abstract Map<String, String> matchLabels();

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
    List<PodMetricsEndpoint> rendered = new ArrayList<>();
    podMetricsEndpoints().forEach(endpoint -> rendered.add(endpoint.toPodMetricsEndpoint()));
    return new PodMonitorBuilder()
        .withMetadata(new ObjectMetaBuilder()
            .withAnnotations(Selectors.orNull(annotations()))
            .withLabels(Selectors.orNull(labels()))
            .withName(name())
            .withNamespace(namespace().orElse(null))
            .build())
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
  public static final class Builder extends ImmutablePodScrape.Builder {
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
