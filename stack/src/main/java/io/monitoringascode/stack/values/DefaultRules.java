package io.monitoringascode.stack.values;

import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The chart's bundled alerting and recording rules. Renders to {@code defaultRules}: {@code create}, one switch per
 * group under {@code rules}, and {@code disabled} for single alerts.
 *
 * <pre>{@code
 * DefaultRules.builder()
 *     .putGroup(DefaultRuleGroup.ETCD, false)
 *     .addDisabledAlert("KubeSchedulerDown")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class DefaultRules {
  /**
   * Starts the default-rules settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart creates its rules at all. Renders to {@code create}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> create();

  /**
   * Groups switched on or off. Renders to {@code rules.<group>} in the chart's order; unset groups stay on.
   *
   * @return the switches
   */
  public abstract Map<DefaultRuleGroup, Boolean> groups();

  /**
   * Alerts left out by name, such as {@code KubeControllerManagerDown} on a managed control plane. Renders to
   * {@code disabled.<alertname>: true}, sorted.
   *
   * @return the alert names
   */
  public abstract Set<String> disabledAlerts();

  /** Rejects names that no alert can have: Prometheus requires alert names to be metric names. */
  @Value.Check
  protected void check() {
    for (String alert : new TreeSet<>(disabledAlerts())) {
      if (!PromNames.isMetricName(alert)) {
        throw new InvalidModelException("`disabled`: `" + alert + "` is not an alert name.");
      }
    }
  }

  TreeWriter toTree() {
    TreeWriter rules = new TreeWriter();
    new TreeMap<>(groups()).forEach((group, enabled) -> rules.put(group.key(), enabled));
    Map<String, Boolean> disabled = new TreeMap<>();
    disabledAlerts().forEach(alert -> disabled.put(alert, true));
    return new TreeWriter().put("create", create()).putObject("rules", rules).putMap("disabled", disabled);
  }

  /** Builds {@link DefaultRules}. */
  public static final class Builder extends ImmutableDefaultRules.Builder {}
}
