package io.monitoringascode.loki.values;

/**
 * How the {@code grafana/loki} chart deploys Loki. Renders to {@code deploymentMode}; the chart's default is
 * {@link #SIMPLE_SCALABLE}. Every mode but {@link #SINGLE_BINARY} needs object storage.
 */
public enum DeploymentMode {
  /** All of Loki in one process ({@code singleBinary}): small installs, up to a few tens of GB a day. */
  SINGLE_BINARY("SingleBinary"),
  /** Migration between {@link #SINGLE_BINARY} and {@link #SIMPLE_SCALABLE}: both run at once. */
  SINGLE_BINARY_TO_SIMPLE_SCALABLE("SingleBinary<->SimpleScalable"),
  /** The {@code read}, {@code write} and {@code backend} targets, each scaled on its own. */
  SIMPLE_SCALABLE("SimpleScalable"),
  /** Migration between {@link #SIMPLE_SCALABLE} and {@link #DISTRIBUTED}: both run at once. */
  SIMPLE_SCALABLE_TO_DISTRIBUTED("SimpleScalable<->Distributed"),
  /** Every Loki component as its own workload (ingester, distributor, querier...). */
  DISTRIBUTED("Distributed");

  private final String chartValue;

  DeploymentMode(String chartValue) {
    this.chartValue = chartValue;
  }

  /**
   * The value the chart reads.
   *
   * @return for example {@code SingleBinary}
   */
  public String chartValue() {
    return chartValue;
  }

  /** Whether the single-binary StatefulSet runs in this mode. */
  boolean runsSingleBinary() {
    return this == SINGLE_BINARY || this == SINGLE_BINARY_TO_SIMPLE_SCALABLE;
  }

  /** Whether components other than the single binary run in this mode. */
  boolean runsComponents() {
    return this != SINGLE_BINARY;
  }
}
