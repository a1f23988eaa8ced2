package io.monitoringascode.prometheus.rule;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A rule that fires an alert while its expression returns series. Attributes are declared in the order they render.
 * {@code build()} rejects an empty name or expression and malformed durations, naming the attribute; label names,
 * templates and the expression's syntax are checks.
 *
 * <pre>{@code
 * AlertRule.builder()
 *     .alert("TargetDown")
 *     .expr("up{job=\"prometheus-demo-app-svc\"} == 0")
 *     .forDuration("30s")
 *     .putLabel("severity", "warning")
 *     .putAnnotation("summary", "Prometheus target {{ $labels.instance }} is down")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class AlertRule implements PromRule {
  /**
   * Starts an alerting rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The alert's name; every alert it fires carries it as the {@code alertname} label. Renders to {@code alert}.
   *
   * @return the name
   */
  public abstract String alert();

  /**
   * Annotations of the fired alerts, Go templates such as {@code {{ $labels.instance }} is down}. Renders to
   * {@code annotations}; empty by default.
   *
   * @return annotation name to template
   */
  public abstract Map<String, String> annotations();

  @Override
  public abstract String expr();

  /**
   * How long the expression must return a series before the alert fires. Renders to {@code for}; absent means at
   * once.
   *
   * @return the duration, such as {@code 5m}
   */
  public abstract Optional<String> forDuration();

  /**
   * How long the alert keeps firing after the expression stops returning it. Renders to {@code keep_firing_for};
   * absent means it resolves at once. Needs Prometheus 2.42 or later.
   *
   * @return the duration
   */
  public abstract Optional<String> keepFiringFor();

  /**
   * Labels of the fired alerts, such as {@code severity: critical}; values may be Go templates. Renders to
   * {@code labels}; empty by default.
   *
   * @return label name to value
   */
  @Override
  public abstract Map<String, String> labels();

  /** Rejects an empty name or expression and malformed durations. */
  @Value.Check
  protected void check() {
    if (alert().isEmpty()) {
      throw new InvalidModelException("`alert`: an alerting rule needs a non-empty name.");
    }
    if (expr().isBlank()) {
      throw new InvalidModelException("`expr`: alerting rule `" + alert() + "` needs an expression.");
    }
    forDuration().ifPresent(text -> PromDuration.parse("for", text));
    keepFiringFor().ifPresent(text -> PromDuration.parse("keep_firing_for", text));
  }

  Rule toRule() {
    return new RuleBuilder()
        .withAlert(alert())
        .withAnnotations(annotations().isEmpty() ? null : new TreeMap<>(annotations()))
        .withExpr(new IntOrString(expr()))
        .withFor(forDuration().orElse(null))
        .withKeepFiringFor(keepFiringFor().orElse(null))
        .withLabels(labels().isEmpty() ? null : new TreeMap<>(labels()))
        .build();
  }

  /** Builds an {@link AlertRule}. */
  public static final class Builder extends ImmutableAlertRule.Builder {}
}
