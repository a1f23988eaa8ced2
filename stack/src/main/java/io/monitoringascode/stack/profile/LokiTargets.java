package io.monitoringascode.stack.profile;

import java.util.List;

/**
 * The workloads of a grafana/loki release that run in its deployment mode, as the production rules name them. The
 * transitional and distributed modes run other sets of workloads, which the rules leave alone.
 */
final class LokiTargets {
  static final String MODE = "/deploymentMode";
  static final String SINGLE_BINARY = "singleBinary";

  private LokiTargets() {}

  /** {@code singleBinary} in SingleBinary mode; {@code write}, {@code read}, {@code backend} in SimpleScalable. */
  static List<String> running(ReleaseValues loki) {
    switch (loki.effective(MODE).asText("")) {
      case "SingleBinary":
        return List.of(SINGLE_BINARY);
      case "SimpleScalable":
        return List.of("write", "read", "backend");
      default:
        return List.of();
    }
  }

  static boolean isSingleBinary(ReleaseValues loki) {
    return loki.effective(MODE).asText("").equals("SingleBinary");
  }
}
