package io.monitoringascode.stack.values;

import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The base of Alertmanager's configuration, which the operator merges with every selected AlertmanagerConfig. Renders
 * to {@code alertmanager.config} in Alertmanager's own file format (snake_case keys, matchers as strings such as
 * {@code severity="critical"}). Routes and inhibit rules reuse the {@code alerting} model.
 *
 * <p>Helm merges this map with the chart's default configuration: a key left unset keeps the chart's value, maps
 * merge key by key, and a list set here replaces the chart's list. In particular a {@link #route()} without child
 * routes keeps the chart's {@code Watchdog} child route, and {@link #inhibitRules()} replace the chart's rules only
 * when given. Receivers are named here only: notifiers with their secrets belong in AlertmanagerConfig objects.
 *
 * <pre>{@code
 * AlertmanagerBaseConfig.builder()
 *     .resolveTimeout("5m")
 *     .route(RouteNode.builder().receiver("null").addGroupBy("namespace").build())
 *     .addReceiver("null")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class AlertmanagerBaseConfig {
  /**
   * Starts a base configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How long an alert without updates stays firing. Renders to {@code global.resolve_timeout}; the chart's default is
   * {@code 5m}.
   *
   * @return the duration
   */
  public abstract Optional<String> resolveTimeout();

  /**
   * Inhibit rules. Renders to {@code inhibit_rules}, replacing the chart's four rules when not empty.
   *
   * @return the rules, in order
   */
  public abstract List<InhibitionRule> inhibitRules();

  /**
   * The root route. Renders to {@code route}, merged into the chart's route.
   *
   * @return the route
   */
  public abstract Optional<RouteNode> route();

  /**
   * The receivers, by name. Renders to {@code receivers: [{name: …}]}, replacing the chart's {@code null} receiver
   * when not empty.
   *
   * @return the names
   */
  public abstract List<String> receivers();

  /**
   * Notification template files, such as {@code /etc/alertmanager/config/*.tmpl}. Renders to {@code templates}.
   *
   * @return the paths
   */
  public abstract List<String> templates();

  /** Validates the timeout and rejects duplicate or empty receiver names. */
  @Value.Check
  protected void check() {
    resolveTimeout().ifPresent(value -> PromDuration.parse("resolve_timeout", value));
    if (receivers().stream().anyMatch(String::isEmpty)) {
      throw new InvalidModelException("`receivers`: a receiver needs a non-empty name.");
    }
    if (new TreeSet<>(receivers()).size() != receivers().size()) {
      throw new InvalidModelException("`receivers`: " + receivers() + " names a receiver twice.");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .putObject("global", new TreeWriter().put("resolve_timeout", resolveTimeout()))
        .putList("inhibit_rules", inhibitRules(), rule -> toTree(rule).node())
        .putObject("route", route().map(AlertmanagerBaseConfig::toTree).orElseGet(TreeWriter::new))
        .putList("receivers", receivers(), name -> new TreeWriter().put("name", name).node())
        .putList("templates", templates(), path -> path);
  }

  private static TreeWriter toTree(RouteNode route) {
    return new TreeWriter()
        .put("receiver", route.receiver())
        .putList("group_by", route.groupBy(), label -> label)
        .put("continue", route.continueMatching())
        .putList("matchers", route.matchers(), LabelMatcher::toString)
        .put("group_wait", route.groupWait())
        .put("group_interval", route.groupInterval())
        .put("repeat_interval", route.repeatInterval())
        .putList("mute_time_intervals", route.muteTimeIntervals(), name -> name)
        .putList("active_time_intervals", route.activeTimeIntervals(), name -> name)
        .putList("routes", route.routes(), child -> toTree(child).node());
  }

  private static TreeWriter toTree(InhibitionRule rule) {
    return new TreeWriter()
        .putList("source_matchers", rule.sourceMatch(), LabelMatcher::toString)
        .putList("target_matchers", rule.targetMatch(), LabelMatcher::toString)
        .putList("equal", rule.equal(), label -> label);
  }

  /** Builds an {@link AlertmanagerBaseConfig}. */
  public static final class Builder extends ImmutableAlertmanagerBaseConfig.Builder {}
}
