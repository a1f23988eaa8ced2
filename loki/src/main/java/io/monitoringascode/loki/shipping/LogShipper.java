package io.monitoringascode.loki.shipping;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipper as the shipping checks see it: its configuration and, when known, the pod that runs it (for where its
 * positions file lives). The pod spec is copied in and out.
 *
 * @param config the configuration
 * @param podSpec the pod running the shipper, if known
 */
public record LogShipper(PromtailConfig config, Optional<PodSpec> podSpec) {
  /** Copies the pod spec. */
  public LogShipper {
    Objects.requireNonNull(config, "config");
    podSpec = podSpec.map(spec -> new PodSpecBuilder(spec).build());
  }

  /**
   * A shipper whose pod is not known: checks that need the pod stay silent.
   *
   * @param config the configuration
   * @return the shipper
   */
  public static LogShipper of(PromtailConfig config) {
    return new LogShipper(config, Optional.empty());
  }

  /**
   * A shipper run by a pod.
   *
   * @param config the configuration
   * @param podSpec the pod's spec
   * @return the shipper
   */
  public static LogShipper of(PromtailConfig config, PodSpec podSpec) {
    return new LogShipper(config, Optional.of(podSpec));
  }

  @Override
  public Optional<PodSpec> podSpec() {
    return podSpec.map(spec -> new PodSpecBuilder(spec).build());
  }
}
