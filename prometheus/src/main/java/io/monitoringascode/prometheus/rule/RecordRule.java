package io.monitoringascode.prometheus.rule;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A rule that stores its expression's result as new series under a metric name. Attributes are declared in the order
 * they render. {@code build()} rejects an empty name or expression; whether the name is a valid metric name is the
 * check {@code rule/name}.
 *
 * <pre>{@code
 * RecordRule.builder()
 *     .record("job:http_requests:rate5m")
 *     .expr("sum by (job) (rate(http_requests_total[5m]))")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class RecordRule implements PromRule {
  /**
   * Starts a recording rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String expr();

  /**
   * Labels added to the recorded series. Renders to {@code labels}; empty by default.
   *
   * @return label name to value
   */
  @Override
  public abstract Map<String, String> labels();

  /**
   * The metric name of the recorded series, by convention {@code level:metric:operations}. Renders to
   * {@code record}.
   *
   * @return the name
   */
  public abstract String record();

  /** Rejects an empty name or expression. */
  @Value.Check
  protected void check() {
    if (record().isEmpty()) {
      throw new InvalidModelException("`record`: a recording rule needs a non-empty name.");
    }
    if (expr().isBlank()) {
      throw new InvalidModelException("`expr`: recording rule `" + record() + "` needs an expression.");
    }
  }

  Rule toRule() {
    return new RuleBuilder()
        .withExpr(new IntOrString(expr()))
        .withLabels(labels().isEmpty() ? null : new TreeMap<>(labels()))
        .withRecord(record())
        .build();
  }

  /** Builds a {@link RecordRule}. */
  public static final class Builder extends ImmutableRecordRule.Builder {}
}
