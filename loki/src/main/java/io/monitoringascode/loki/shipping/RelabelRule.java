package io.monitoringascode.loki.shipping;

import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a scrape job's {@code relabel_configs} (Prometheus' relabelling, which Promtail shares); a {@code rule} block
 * of Alloy's {@code discovery.relabel}. Attributes render in Prometheus' key names.
 *
 * <pre>{@code
 * RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_label_app").targetLabel("app").build()
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class RelabelRule {
  /**
   * Starts a rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders to {@code source_labels}.
   *
   * @return the label names whose values are joined
   */
  public abstract List<String> sourceLabels();

  /**
   * Renders to {@code separator}; Prometheus joins with {@code ;} by default.
   *
   * @return the separator
   */
  public abstract Optional<String> separator();

  /**
   * Renders to {@code target_label}.
   *
   * @return the label written by {@code replace}
   */
  public abstract Optional<String> targetLabel();

  /**
   * Renders to {@code regex}; {@code (.*)} by default.
   *
   * @return the RE2 expression, anchored at both ends
   */
  public abstract Optional<String> regex();

  /**
   * Renders to {@code replacement}; {@code $1} by default.
   *
   * @return the replacement
   */
  public abstract Optional<String> replacement();

  /**
   * Renders to {@code action}; {@code replace} by default.
   *
   * @return such as {@code keep}, {@code drop}, {@code labelmap}
   */
  public abstract Optional<String> action();

  /**
   * The label this rule writes, if it writes one: the target of a {@code replace} (the default action).
   *
   * @return the label name
   */
  @Value.Derived
  public Optional<String> writtenLabel() {
    String act = action().orElse("replace");
    return act.equals("replace") || act.equals("lowercase") || act.equals("uppercase") ? targetLabel()
        : Optional.empty();
  }

  /** Builds a {@link RelabelRule}. */
  public static final class Builder extends ImmutableRelabelRule.Builder {}
}
