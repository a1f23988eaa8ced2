package io.monitoringascode.stack.values;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.openshift.api.model.monitoring.v1.StorageSpec;
import io.fabric8.openshift.api.model.monitoring.v1.StorageSpecBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The Prometheus the chart creates, as the Prometheus CRD's spec. Renders to {@code prometheus.prometheusSpec}; every
 * attribute is optional and an unset one renders no key, so the chart's default applies. Selectors, resources and
 * storage are fabric8 objects, copied on the way in and out.
 *
 * <pre>{@code
 * PrometheusSpecValues.builder()
 *     .retention("15d").retentionSize("45GiB").replicas(2)
 *     .serviceMonitorSelectorNilUsesHelmValues(false)
 *     .storageVolumeClaim(new PersistentVolumeClaimSpecBuilder()
 *         .withAccessModes("ReadWriteOnce")
 *         .withNewResources().addToRequests("storage", new Quantity("50Gi")).endResources()
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class PrometheusSpecValues {
  /** The CRD's pattern for {@code retentionSize}. */
  private static final Pattern BYTE_SIZE = Pattern.compile("0|([0-9]*[.])?[0-9]+([KMGTPE]i?)?B");

  /**
   * Starts the Prometheus spec values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How often targets are scraped unless a monitor says otherwise, such as {@code 30s}. Renders to
   * {@code scrapeInterval}; unset keeps the operator's {@code 30s}.
   *
   * @return the duration
   */
  public abstract Optional<String> scrapeInterval();

  /**
   * How often rules are evaluated, such as {@code 30s}. Renders to {@code evaluationInterval}; unset keeps the
   * operator's {@code 30s}.
   *
   * @return the duration
   */
  public abstract Optional<String> evaluationInterval();

  /**
   * Labels added to every series and alert leaving this Prometheus (federation, remote write, Alertmanager). Renders
   * to {@code externalLabels}, sorted; empty by default.
   *
   * @return the labels
   */
  public abstract Map<String, String> externalLabels();

  /**
   * Namespaces searched for PrometheusRules. Renders to {@code ruleNamespaceSelector}; unset keeps the chart's
   * default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> ruleNamespaceSelector() {
    return ruleNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> ruleNamespaceSelectorCopy();

  /**
   * When {@code true} (the chart's default) and {@code ruleSelector} is unset or empty, the chart selects only
   * PrometheusRules labelled {@code release: <release name>}; {@code false} with an empty selector selects them all.
   * Renders to {@code ruleSelectorNilUsesHelmValues}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> ruleSelectorNilUsesHelmValues();

  /**
   * Labels of the PrometheusRules Prometheus loads. Renders to {@code ruleSelector}; unset keeps the chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> ruleSelector() {
    return ruleSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> ruleSelectorCopy();

  /**
   * When {@code true} (the chart's default) and {@code serviceMonitorSelector} is unset or empty, the chart selects
   * only ServiceMonitors labelled {@code release: <release name>}; {@code false} with an empty selector selects them
   * all. Renders to {@code serviceMonitorSelectorNilUsesHelmValues}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> serviceMonitorSelectorNilUsesHelmValues();

  /**
   * Labels of the ServiceMonitors Prometheus loads. Renders to {@code serviceMonitorSelector}; unset keeps the chart's
   * default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> serviceMonitorSelector() {
    return serviceMonitorSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> serviceMonitorSelectorCopy();

  /**
   * Namespaces searched for ServiceMonitors. Renders to {@code serviceMonitorNamespaceSelector}; unset keeps the
   * chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> serviceMonitorNamespaceSelector() {
    return serviceMonitorNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> serviceMonitorNamespaceSelectorCopy();

  /**
   * When {@code true} (the chart's default) and {@code podMonitorSelector} is unset or empty, the chart selects only
   * PodMonitors labelled {@code release: <release name>}; {@code false} with an empty selector selects them all.
   * Renders to {@code podMonitorSelectorNilUsesHelmValues}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> podMonitorSelectorNilUsesHelmValues();

  /**
   * Labels of the PodMonitors Prometheus loads. Renders to {@code podMonitorSelector}; unset keeps the chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> podMonitorSelector() {
    return podMonitorSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> podMonitorSelectorCopy();

  /**
   * Namespaces searched for PodMonitors. Renders to {@code podMonitorNamespaceSelector}; unset keeps the chart's
   * default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> podMonitorNamespaceSelector() {
    return podMonitorNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> podMonitorNamespaceSelectorCopy();

  /**
   * When {@code true} (the chart's default) and {@code probeSelector} is unset or empty, the chart selects only Probes
   * labelled {@code release: <release name>}; {@code false} with an empty selector selects them all. Renders to
   * {@code probeSelectorNilUsesHelmValues}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> probeSelectorNilUsesHelmValues();

  /**
   * Labels of the Probes Prometheus loads. Renders to {@code probeSelector}; unset keeps the chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> probeSelector() {
    return probeSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> probeSelectorCopy();

  /**
   * Namespaces searched for Probes. Renders to {@code probeNamespaceSelector}; unset keeps the chart's
   * default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> probeNamespaceSelector() {
    return probeNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> probeNamespaceSelectorCopy();

  /**
   * When {@code true} (the chart's default) and {@code scrapeConfigSelector} is unset or empty, the chart selects only
   * ScrapeConfigs labelled {@code release: <release name>}; {@code false} with an empty selector selects them all.
   * Renders to {@code scrapeConfigSelectorNilUsesHelmValues}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> scrapeConfigSelectorNilUsesHelmValues();

  /**
   * Labels of the ScrapeConfigs Prometheus loads. Renders to {@code scrapeConfigSelector}; unset keeps the chart's
   * default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> scrapeConfigSelector() {
    return scrapeConfigSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> scrapeConfigSelectorCopy();

  /**
   * Namespaces searched for ScrapeConfigs. Renders to {@code scrapeConfigNamespaceSelector}; unset keeps the
   * chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> scrapeConfigNamespaceSelector() {
    return scrapeConfigNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> scrapeConfigNamespaceSelectorCopy();

  /**
   * How long samples are kept, such as {@code 15d}. Renders to {@code retention}; the chart's default is {@code 10d}.
   *
   * @return the duration
   */
  public abstract Optional<String> retention();

  /**
   * The most disk the TSDB may use before old blocks are deleted, such as {@code 45GiB}. Renders to
   * {@code retentionSize}; unset means no size limit.
   *
   * @return the size
   */
  public abstract Optional<String> retentionSize();

  /**
   * Prometheus replicas (of each shard). Renders to {@code replicas}; the chart's default is 1.
   *
   * @return the count
   */
  public abstract Optional<Integer> replicas();

  /**
   * CPU and memory requests and limits of the Prometheus container. Renders to {@code resources}; unset means none.
   *
   * @return a fresh copy
   */
  public Optional<ResourceRequirements> resources() {
    return resourcesCopy().map(copy -> copy.to(ResourceRequirements.class));
  }

  abstract Optional<Fabric8Copy> resourcesCopy();

  /**
   * The TSDB's volume, usually a {@code volumeClaimTemplate}. Renders to {@code storageSpec}; unset keeps an
   * {@code emptyDir}, which loses all data when the pod moves.
   *
   * @return a fresh copy
   */
  public Optional<StorageSpec> storageSpec() {
    return storageSpecCopy().map(copy -> copy.to(StorageSpec.class));
  }

  abstract Optional<Fabric8Copy> storageSpecCopy();

  /** Validates the durations, the size and the replica count. */
  @Value.Check
  protected void check() {
    scrapeInterval().ifPresent(value -> PromDuration.parse("scrapeInterval", value));
    evaluationInterval().ifPresent(value -> PromDuration.parse("evaluationInterval", value));
    retention().ifPresent(value -> PromDuration.parse("retention", value));
    retentionSize().filter(size -> !BYTE_SIZE.matcher(size).matches()).ifPresent(size -> {
      throw new InvalidModelException("`retentionSize`: `" + size + "` is not a size such as `45GiB`.");
    });
    replicas().filter(count -> count < 0).ifPresent(count -> {
      throw new InvalidModelException("`replicas`: `" + count + "` is negative.");
    });
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("scrapeInterval", scrapeInterval())
        .put("evaluationInterval", evaluationInterval())
        .putMap("externalLabels", externalLabels())
        .put("ruleNamespaceSelector", ruleNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .put("ruleSelectorNilUsesHelmValues", ruleSelectorNilUsesHelmValues())
        .put("ruleSelector", ruleSelectorCopy().map(Fabric8Copy::tree))
        .put("serviceMonitorSelectorNilUsesHelmValues", serviceMonitorSelectorNilUsesHelmValues())
        .put("serviceMonitorSelector", serviceMonitorSelectorCopy().map(Fabric8Copy::tree))
        .put("serviceMonitorNamespaceSelector", serviceMonitorNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .put("podMonitorSelectorNilUsesHelmValues", podMonitorSelectorNilUsesHelmValues())
        .put("podMonitorSelector", podMonitorSelectorCopy().map(Fabric8Copy::tree))
        .put("podMonitorNamespaceSelector", podMonitorNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .put("probeSelectorNilUsesHelmValues", probeSelectorNilUsesHelmValues())
        .put("probeSelector", probeSelectorCopy().map(Fabric8Copy::tree))
        .put("probeNamespaceSelector", probeNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .put("scrapeConfigSelectorNilUsesHelmValues", scrapeConfigSelectorNilUsesHelmValues())
        .put("scrapeConfigSelector", scrapeConfigSelectorCopy().map(Fabric8Copy::tree))
        .put("scrapeConfigNamespaceSelector", scrapeConfigNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .put("retention", retention())
        .put("retentionSize", retentionSize())
        .put("replicas", replicas())
        .put("resources", resourcesCopy().map(Fabric8Copy::tree))
        .put("storageSpec", storageSpecCopy().map(Fabric8Copy::tree));
  }

  /** Builds {@link PrometheusSpecValues}; takes fabric8 objects, which it copies. */
  public static final class Builder extends ImmutablePrometheusSpecValues.Builder {
    /**
     * Sets {@code ruleNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder ruleNamespaceSelector(LabelSelector selector) {
      return ruleNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code ruleSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder ruleSelector(LabelSelector selector) {
      return ruleSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code serviceMonitorSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder serviceMonitorSelector(LabelSelector selector) {
      return serviceMonitorSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code serviceMonitorNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder serviceMonitorNamespaceSelector(LabelSelector selector) {
      return serviceMonitorNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code podMonitorSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder podMonitorSelector(LabelSelector selector) {
      return podMonitorSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code podMonitorNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder podMonitorNamespaceSelector(LabelSelector selector) {
      return podMonitorNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code probeSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder probeSelector(LabelSelector selector) {
      return probeSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code probeNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder probeNamespaceSelector(LabelSelector selector) {
      return probeNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code scrapeConfigSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder scrapeConfigSelector(LabelSelector selector) {
      return scrapeConfigSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code scrapeConfigNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder scrapeConfigNamespaceSelector(LabelSelector selector) {
      return scrapeConfigNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code resources}.
     *
     * @param resources the requests and limits; copied, not kept
     * @return this builder
     */
    public Builder resources(ResourceRequirements resources) {
      return resourcesCopy(Fabric8Copy.of(resources));
    }

    /**
     * Sets {@code storageSpec}.
     *
     * @param storage the storage; copied, not kept
     * @return this builder
     */
    public Builder storageSpec(StorageSpec storage) {
      return storageSpecCopy(Fabric8Copy.ofStorage(storage));
    }

    /**
     * Sets {@code storageSpec.volumeClaimTemplate.spec}: a PersistentVolumeClaim per Prometheus pod.
     *
     * @param claim the claim's spec, such as access modes, storage class and size; copied, not kept
     * @return this builder
     */
    public Builder storageVolumeClaim(PersistentVolumeClaimSpec claim) {
      return storageSpec(new StorageSpecBuilder().withNewVolumeClaimTemplate().withSpec(claim)
          .endVolumeClaimTemplate().build());
    }
  }
}
