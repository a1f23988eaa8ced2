package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which maps of a chart's values are open: free-form maps whose keys the chart passes on without reading
 * them (labels, a pod's {@code resources}, a config file the application reads itself). Keys below an open map are
 * never findings. The rules are listed in this module's README; every explicit path here was reviewed against the
 * chart's {@code values.yaml} comments.
 */
final class OpenKeys {
  /** Key names that are free-form wherever they occur: Kubernetes objects passed through {@code toYaml}. */
  private static final Set<String> NAMES = Set.of(
      "affinity", "tolerations", "topologySpreadConstraints", "resources", "securityContext",
      "podSecurityContext", "containerSecurityContext", "env", "envFrom", "extraEnv", "extraEnvFrom", "extraArgs",
      "livenessProbe", "readinessProbe", "startupProbe", "updateStrategy", "strategy", "deploymentStrategy",
      "persistentVolumeClaimRetentionPolicy", "lifecycle", "dnsConfig", "matchLabels", "rollingUpdate",
      "podDisruptionBudget", "pdb", "headers", "extraContainers", "sidecars", "global");

  /** Name endings of free-form maps: label and annotation maps, and Kubernetes label selectors. */
  private static final List<String> SUFFIXES = List.of(
      "Labels", "labels", "Annotations", "annotations", "Selector", "selector", "SecurityContext", "Probe");

  private final Set<String> listed;

  /**
   * Creates the rules for one chart.
   *
   * @param listed the chart's reviewed open paths (JSON pointers), such as {@code /alertmanager/config}
   */
  OpenKeys(Set<String> listed) {
    this.listed = listed;
  }

  /**
   * Why a key is open, or empty when its children are checked.
   *
   * @param pointer the key's JSON pointer
   * @param name the key
   * @param chartDefault its default
   * @return {@code listed}, {@code name} or {@code empty-default}; empty when closed
   */
  Optional<String> reason(String pointer, String name, JsonNode chartDefault) {
    if (listed.contains(pointer)) {
      return Optional.of("listed");
    }
    if (NAMES.contains(name) || SUFFIXES.stream().anyMatch(name::endsWith)) {
      return Optional.of("name");
    }
    // A map whose default is empty documents none of its keys: whatever the user puts there, values.yaml cannot
    // tell whether the chart reads it.
    if ((chartDefault.isObject() && chartDefault.isEmpty()) || chartDefault.isNull()) {
      return Optional.of("empty-default");
    }
    return Optional.empty();
  }
}
