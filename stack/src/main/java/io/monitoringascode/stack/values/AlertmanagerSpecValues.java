package io.monitoringascode.stack.values;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.openshift.api.model.monitoring.v1.StorageSpec;
import io.fabric8.openshift.api.model.monitoring.v1.StorageSpecBuilder;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The Alertmanager the chart creates, as the Alertmanager CRD's spec. Renders to
 * {@code alertmanager.alertmanagerSpec}; every attribute is optional and an unset one renders no key, so the chart's
 * default applies. Selectors, resources and storage are fabric8 objects, copied on the way in and out.
 *
 * <pre>{@code
 * AlertmanagerSpecValues.builder()
 *     .alertmanagerConfigSelector(new LabelSelectorBuilder().addToMatchLabels("resource", "prometheus").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class AlertmanagerSpecValues {
  /** The CRD's pattern for Alertmanager's {@code retention}: no days or weeks. */
  private static final Pattern RETENTION = Pattern.compile("[0-9]+(ms|s|m|h)");

  /**
   * Starts the Alertmanager spec values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Labels of the AlertmanagerConfigs merged into Alertmanager's configuration. Renders to
   * {@code alertmanagerConfigSelector}; unset keeps the chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> alertmanagerConfigSelector() {
    return alertmanagerConfigSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> alertmanagerConfigSelectorCopy();

  /**
   * Namespaces searched for AlertmanagerConfigs. Renders to {@code alertmanagerConfigNamespaceSelector}; unset keeps
   * the chart's default.
   *
   * @return a fresh copy of the selector
   */
  public Optional<LabelSelector> alertmanagerConfigNamespaceSelector() {
    return alertmanagerConfigNamespaceSelectorCopy().map(copy -> copy.to(LabelSelector.class));
  }

  abstract Optional<Fabric8Copy> alertmanagerConfigNamespaceSelectorCopy();

  /**
   * How each AlertmanagerConfig's routes are scoped to namespaces. Renders to
   * {@code alertmanagerConfigMatcherStrategy.type}; unset keeps the operator's {@code OnNamespace}.
   *
   * @return the strategy
   */
  public abstract Optional<MatcherStrategy> alertmanagerConfigMatcherStrategy();

  /**
   * Alertmanager replicas, which form one cluster. Renders to {@code replicas}; the chart's default is 1.
   *
   * @return the count
   */
  public abstract Optional<Integer> replicas();

  /**
   * How long silences and notification logs are kept, such as {@code 120h} (units ms, s, m, h only). Renders to
   * {@code retention}; the chart's default is {@code 120h}.
   *
   * @return the duration
   */
  public abstract Optional<String> retention();

  /**
   * The volume for silences and the notification log. Renders to {@code storage}; unset keeps an {@code emptyDir},
   * which loses silences when the pod moves.
   *
   * @return a fresh copy
   */
  public Optional<StorageSpec> storage() {
    return storageCopy().map(copy -> copy.to(StorageSpec.class));
  }

  abstract Optional<Fabric8Copy> storageCopy();

  /**
   * CPU and memory requests and limits of the Alertmanager container. Renders to {@code resources}; unset means none.
   *
   * @return a fresh copy
   */
  public Optional<ResourceRequirements> resources() {
    return resourcesCopy().map(copy -> copy.to(ResourceRequirements.class));
  }

  abstract Optional<Fabric8Copy> resourcesCopy();

  /** Validates the retention and the replica count. */
  @Value.Check
  protected void check() {
    retention().filter(value -> !RETENTION.matcher(value).matches()).ifPresent(value -> {
      throw new InvalidModelException("`retention`: `" + value + "` is not an Alertmanager retention such as `120h`"
          + " (units ms, s, m, h).");
    });
    replicas().filter(count -> count < 0).ifPresent(count -> {
      throw new InvalidModelException("`replicas`: `" + count + "` is negative.");
    });
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("alertmanagerConfigSelector", alertmanagerConfigSelectorCopy().map(Fabric8Copy::tree))
        .put("alertmanagerConfigNamespaceSelector", alertmanagerConfigNamespaceSelectorCopy().map(Fabric8Copy::tree))
        .putObject("alertmanagerConfigMatcherStrategy",
            new TreeWriter().put("type", alertmanagerConfigMatcherStrategy().map(MatcherStrategy::crdValue)))
        .put("replicas", replicas())
        .put("retention", retention())
        .put("storage", storageCopy().map(Fabric8Copy::tree))
        .put("resources", resourcesCopy().map(Fabric8Copy::tree));
  }

  /** Builds {@link AlertmanagerSpecValues}; takes fabric8 objects, which it copies. */
  public static final class Builder extends ImmutableAlertmanagerSpecValues.Builder {
    /**
     * Sets {@code alertmanagerConfigSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder alertmanagerConfigSelector(LabelSelector selector) {
      return alertmanagerConfigSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code alertmanagerConfigNamespaceSelector}.
     *
     * @param selector the selector; copied, not kept
     * @return this builder
     */
    public Builder alertmanagerConfigNamespaceSelector(LabelSelector selector) {
      return alertmanagerConfigNamespaceSelectorCopy(Fabric8Copy.of(selector));
    }

    /**
     * Sets {@code storage}.
     *
     * @param storage the storage; copied, not kept
     * @return this builder
     */
    public Builder storage(StorageSpec storage) {
      return storageCopy(Fabric8Copy.ofStorage(storage));
    }

    /**
     * Sets {@code storage.volumeClaimTemplate.spec}: a PersistentVolumeClaim per Alertmanager pod.
     *
     * @param claim the claim's spec; copied, not kept
     * @return this builder
     */
    public Builder storageVolumeClaim(PersistentVolumeClaimSpec claim) {
      return storage(new StorageSpecBuilder().withNewVolumeClaimTemplate().withSpec(claim)
          .endVolumeClaimTemplate().build());
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
  }
}
