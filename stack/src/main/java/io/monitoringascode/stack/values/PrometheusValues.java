package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/** The chart's Prometheus. Renders to {@code prometheus}; unset keys keep the chart's defaults. */
@Value.Immutable
@ModelStyle
public abstract class PrometheusValues {
  /**
   * Starts the Prometheus values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart deploys Prometheus. Renders to {@code enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The Prometheus CRD's spec. Renders to {@code prometheusSpec}.
   *
   * @return the spec values
   */
  public abstract Optional<PrometheusSpecValues> prometheusSpec();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .putObject("prometheusSpec", prometheusSpec().map(PrometheusSpecValues::toTree).orElseGet(TreeWriter::new));
  }

  /** Builds {@link PrometheusValues}. */
  public static final class Builder extends ImmutablePrometheusValues.Builder {}
}
