package io.monitoringascode.stack.wiring;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A log shipper of the stack with the ConfigMap that carries its Promtail configuration under
 * {@value PromtailConfig#CONFIG_KEY}. Findings about the configuration point at that key and then into the
 * configuration, as findings inside dashboards held by ConfigMaps do ({@link ConfigMapFiles}):
 * {@code /data/config.yaml/clients/0/url}.
 *
 * @param shipper the shipper, as the {@code logs/*} checks see it
 * @param configMap the ConfigMap of the stack whose {@value PromtailConfig#CONFIG_KEY} is the shipper's rendered
 *     configuration
 */
public record ShipperConfigMap(LogShipper shipper, RenderedDocument configMap) {
  private static final String KEY_POINTER = JsonPointers.of("data", PromtailConfig.CONFIG_KEY);

  /** Checks the parts. */
  public ShipperConfigMap {
    Objects.requireNonNull(shipper, "shipper");
    Objects.requireNonNull(configMap, "configMap");
  }

  /**
   * The ConfigMap among the stack's objects that carries a shipper's configuration, rendered as
   * {@link PromtailConfig#toConfigMap(String)} renders it.
   *
   * @param shipper the shipper
   * @param documents the stack's objects, in file order
   * @return the shipper with the first such ConfigMap; empty when none carries the configuration
   */
  public static Optional<ShipperConfigMap> find(LogShipper shipper, List<RenderedDocument> documents) {
    String rendered = shipper.config().render();
    return documents.stream()
        .filter(document -> ConfigMapFiles.isConfigMap(document.tree()))
        .filter(document -> document.tree().path("data").path(PromtailConfig.CONFIG_KEY).asText("").equals(rendered))
        .findFirst()
        .map(document -> new ShipperConfigMap(shipper, document));
  }

  /**
   * The namespace the shipper runs in, taken as its ConfigMap's, which its pod mounts.
   *
   * @return the namespace; empty for an object without one
   */
  public String namespace() {
    return configMap.namespace();
  }

  /**
   * A pointer into the configuration, made a pointer of the ConfigMap.
   *
   * @param inner such as {@code /clients/0/url}
   * @return such as {@code /data/config.yaml/clients/0/url}
   */
  public String pointer(String inner) {
    return KEY_POINTER + inner;
  }

  /**
   * A finding of a {@code logs/*} check, placed in the ConfigMap's file.
   *
   * @param finding a finding whose pointer points into the rendered configuration
   * @return the finding at the same place inside the ConfigMap
   */
  public Finding place(Finding finding) {
    Location inner = finding.location();
    return finding.withLocation(new Location(Optional.of(configMap.file()), 0, pointer(inner.pointer()),
        inner.span()));
  }
}
