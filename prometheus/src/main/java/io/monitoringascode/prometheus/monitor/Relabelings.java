package io.monitoringascode.prometheus.monitor;

import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfig;
import java.util.ArrayList;
import java.util.List;

/** Converts lists of relabelings between fabric8 and the model, where absent and empty are the same. */
final class Relabelings {
  private Relabelings() {}

  static List<Relabeling> from(List<RelabelConfig> configs) {
    List<Relabeling> relabelings = new ArrayList<>();
    if (configs != null) {
      configs.forEach(config -> relabelings.add(Relabeling.from(config)));
    }
    return relabelings;
  }

  static List<RelabelConfig> to(List<Relabeling> relabelings) {
    if (relabelings.isEmpty()) {
      return null;
    }
    List<RelabelConfig> configs = new ArrayList<>();
    relabelings.forEach(relabeling -> configs.add(relabeling.toRelabelConfig()));
    return configs;
  }
}
