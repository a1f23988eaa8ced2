package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/** The chart's Alertmanager. Renders to {@code alertmanager}; unset keys keep the chart's defaults. */
@Value.Immutable
@ModelStyle
public abstract class AlertmanagerValues {
  /**
   * Starts the Alertmanager values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart deploys Alertmanager. Renders to {@code enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The base configuration. Renders to {@code config}.
   *
   * @return the configuration
   */
  public abstract Optional<AlertmanagerBaseConfig> config();

  /**
   * The Alertmanager CRD's spec. Renders to {@code alertmanagerSpec}.
   *
   * @return the spec values
   */
  public abstract Optional<AlertmanagerSpecValues> alertmanagerSpec();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .putObject("config", config().map(AlertmanagerBaseConfig::toTree).orElseGet(TreeWriter::new))
        .putObject("alertmanagerSpec",
            alertmanagerSpec().map(AlertmanagerSpecValues::toTree).orElseGet(TreeWriter::new));
  }

  /** Builds {@link AlertmanagerValues}. */
  public static final class Builder extends ImmutableAlertmanagerValues.Builder {}
}
