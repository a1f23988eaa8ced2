package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link ServiceScrape} and a {@link PodScrape} share: the object's metadata and how its spec selects targets
 * (Services for a ServiceMonitor, Pods for a PodMonitor). Each class declares only its own attributes; fabric8 writes
 * the keys of each object in alphabetical order, so where an attribute is declared does not change the output.
 *
 * @param <F> the fabric8 type the monitor renders to. Immutables adds a {@code Builder.from(T)} for every
 *     non-generic supertype {@code T} that declares attributes; the type parameter keeps it from adding a public
 *     {@code from(Monitor)}, which would show this package-private type in a public signature.
 */
interface Monitor<F> {
  /**
   * Annotations of the object. Renders to {@code metadata.annotations}; empty by default.
   *
   * @return annotation key to value
   */
  Map<String, String> annotations();

  /**
   * Labels of the object; the chart's Prometheus selects ServiceMonitors and PodMonitors by label, by default
   * {@code release: <helm release>}. Renders to {@code metadata.labels}; empty by default.
   *
   * @return label key to value
   */
  Map<String, String> labels();

  /**
   * The object's name. Renders to {@code metadata.name}.
   *
   * @return the name
   */
  String name();

  /**
   * The object's namespace. Renders to {@code metadata.namespace}; absent means the namespace it is applied to.
   *
   * @return the namespace
   */
  Optional<String> namespace();

  /**
   * The label of the target (the Service of a ServiceMonitor, the Pod of a PodMonitor) whose value becomes the
   * {@code job} label. Renders to {@code spec.jobLabel}; absent means the Service's name for a ServiceMonitor and
   * {@code <namespace>/<name>} of the object for a PodMonitor.
   *
   * @return the label name
   */
  Optional<String> jobLabel();

  /**
   * Where to look for targets. Renders to {@code spec.namespaceSelector}; absent means the object's own namespace.
   *
   * @return the namespaces
   */
  Optional<Namespaces> namespaceSelector();

  /**
   * Pod labels copied onto the scraped series. Renders to {@code spec.podTargetLabels}; empty by default.
   *
   * @return the label names
   */
  List<String> podTargetLabels();

  /**
   * The most samples one scrape may return before it is failed. Renders to {@code spec.sampleLimit}.
   *
   * @return the limit
   */
  Optional<Long> sampleLimit();

  /**
   * Set-based requirements on the labels of the target (a Service for a ServiceMonitor, a Pod for a PodMonitor).
   * Renders to {@code spec.selector.matchExpressions}; empty by default.
   *
   * @return the requirements
   */
  List<LabelRequirement> matchExpressions();

  /**
   * Labels a target (a Service for a ServiceMonitor, a Pod for a PodMonitor) must carry to be scraped. Renders to
   * {@code spec.selector.matchLabels}; empty by default. With no labels and no requirements, every target in the
   * selected namespaces matches.
   *
   * @return label key to value
   */
  Map<String, String> matchLabels();

  /**
   * Renders the metadata of a monitor.
   *
   * @param monitor the monitor
   * @return a fresh fabric8 object with name, namespace, labels and annotations
   */
  static ObjectMeta toObjectMeta(Monitor<?> monitor) {
    return new ObjectMetaBuilder()
        .withAnnotations(Selectors.orNull(monitor.annotations()))
        .withLabels(Selectors.orNull(monitor.labels()))
        .withName(monitor.name())
        .withNamespace(monitor.namespace().orElse(null))
        .build();
  }

  /**
   * Reads the metadata of a fabric8 monitor into a builder, absent keys as empty.
   *
   * @param builder the builder of either monitor
   * @param metadata the fabric8 metadata, or null
   * @param <B> the builder type
   * @return the builder
   */
  static <B extends Setters<B>> B readMetadata(B builder, ObjectMeta metadata) {
    ObjectMeta meta = metadata == null ? new ObjectMeta() : metadata;
    return builder.annotations(Selectors.orEmpty(meta.getAnnotations()))
        .labels(Selectors.orEmpty(meta.getLabels()))
        .name(meta.getName() == null ? "" : meta.getName())
        .namespace(Optional.ofNullable(meta.getNamespace()));
  }

  /**
   * The builder methods {@link #readMetadata} calls; the generated builders of both monitors have them.
   *
   * @param <B> the builder type
   */
  interface Setters<B extends Setters<B>> {
    B annotations(Map<String, ? extends String> entries);

    B labels(Map<String, ? extends String> entries);

    B name(String name);

    B namespace(Optional<String> namespace);
  }
}
